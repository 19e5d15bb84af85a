import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Delivery" };

export default async function DeliveryPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const { id } = await params;
  return (
    <>
      <PageHeader
        title="Delivery"
        back={{ href: "/deliveries", label: "Deliveries" }}
        description={<span className="font-mono break-all">{id}</span>}
      />
      <EmptyState title="Not built yet">
        This delivery will be shown here: the request exactly as received, the signature check, our answer, what processing changed,
        and a replay button for admins.
      </EmptyState>
    </>
  );
}
