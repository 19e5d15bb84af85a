import type { Metadata } from "next";

import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { env } from "@/lib/config/env";
import { wgfApiConfig } from "@/lib/providers/wegetfinancing/api-config";

import { FinancingRequestForm } from "./financing-request-form";

export const metadata: Metadata = { title: "New financing request" };

export default async function NewFinancingRequestPage() {
  await requirePermission("createFinancingRequest");
  const configured = Boolean(wgfApiConfig(env()));
  return (
    <>
      <PageHeader
        title="New financing request"
        description="For a phone or in-store sale: enter the customer and the cart. WeGetFinancing returns a link to send the customer; the order appears when the lender approves."
      />
      {configured ? (
        <FinancingRequestForm />
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 ring-inset">
          WeGetFinancing is not configured: an admin sets WGF_MERCHANT_ID, WGF_USERNAME and WGF_PASSWORD (see Settings).
        </p>
      )}
    </>
  );
}
