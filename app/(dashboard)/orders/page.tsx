import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Orders" };

export default async function OrdersPage() {
  await requirePermission("viewOperations");
  return (
    <>
      <PageHeader title="Orders" description="Orders paid with consumer financing." />
      <EmptyState title="Not built yet">
        Every financed order will be listed here: merchant order id, customer, amount, provider, financing status, and its post-sale
        events such as shipping, cancellations and refunds.
      </EmptyState>
    </>
  );
}
