import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const { id } = await params;
  return (
    <>
      <PageHeader
        title="Dispute"
        back={{ href: "/disputes", label: "Disputes" }}
        description={<span className="font-mono break-all">{id}</span>}
      />
      <EmptyState title="Not built yet">
        This dispute will be shown here: its order, amount, reason, deadlines and every event that changed it.
      </EmptyState>
    </>
  );
}
