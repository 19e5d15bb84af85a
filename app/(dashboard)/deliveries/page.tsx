import type { Metadata } from "next";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Deliveries" };

export default async function DeliveriesPage() {
  await requirePermission("viewOperations");
  return (
    <>
      <PageHeader title="Deliveries" description="The log of everything the providers sent us." />
      <EmptyState title="Not built yet">
        Every postback and webhook the providers send will be listed here: received at, provider, event, our answer, verification and
        processing outcome, with replay for admins.
      </EmptyState>
    </>
  );
}
