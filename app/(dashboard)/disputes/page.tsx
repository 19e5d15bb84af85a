import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Disputes" };

export default async function DisputesPage() {
  await requirePermission("viewOperations");
  return (
    <>
      <PageHeader title="Disputes" description="Disputes customers opened on financed purchases." />
      <EmptyState title="Not built yet">
        Every dispute the providers report will be listed here: opened at, order, customer, amount, reason, status and the date a
        response is due.
      </EmptyState>
    </>
  );
}
