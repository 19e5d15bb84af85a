import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Applications" };

export default async function ApplicationsPage() {
  await requirePermission("viewOperations");
  return (
    <>
      <PageHeader title="Applications" description="Financing applications customers started with WeGetFinancing and ChargeAfter." />
      <EmptyState title="Not built yet">
        Every financing application will be listed here: started at, customer, amount, provider, lender, status and last update,
        with filters in the address bar so a view can be bookmarked and shared.
      </EmptyState>
    </>
  );
}
