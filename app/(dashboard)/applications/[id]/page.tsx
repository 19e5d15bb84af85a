import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Application" };

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("viewOperations");
  const { id } = await params;
  return (
    <>
      <PageHeader
        title="Application"
        back={{ href: "/applications", label: "Applications" }}
        description={<span className="font-mono break-all">{id}</span>}
      />
      <EmptyState title="Not built yet">
        This application will be shown here: the customer and cart, amount, provider references, lender, its status history and every
        delivery that changed it.
      </EmptyState>
    </>
  );
}
