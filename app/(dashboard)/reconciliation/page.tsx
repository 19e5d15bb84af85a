import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Reconciliation" };

export default async function ReconciliationPage() {
  await requirePermission("viewFunding");
  return (
    <>
      <PageHeader title="Reconciliation" description="What the providers funded, matched against our orders." />
      <EmptyState title="Not built yet">
        The funding report will be shown here: every funding record with its transaction, amounts, discount, net and funding date,
        and whether it reconciles with our orders (reconciled, type or amount mismatch, missing), with filters by date, status,
        lender and product type, a CSV export and a funding sync.
      </EmptyState>
    </>
  );
}
