import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePermission } from "@/lib/auth/session";
import { appTimeZone } from "@/lib/format/format-date-time";

import { ApiKeyTable } from "./api-key-table";
import { NewApiKeyForm } from "./new-api-key-form";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePermission("manageApiKeys");
  const keys = await listApiKeys();
  return (
    <>
      <PageHeader
        title="API keys"
        back={{ href: "/settings", label: "Settings" }}
        description="Keys the merchant's shop uses for the Shop API (/api/v1). Read keys may only read; write keys may also create financing requests."
        actions={
          <Link href="/settings/api-reference" className="text-sm font-medium text-blue-700 hover:underline">
            API reference
          </Link>
        }
      />
      <section
        aria-labelledby="new-key-heading"
        className="mb-8 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      >
        <h2 id="new-key-heading" className="mb-3 text-base font-semibold">
          New API key
        </h2>
        <NewApiKeyForm />
      </section>
      <section aria-labelledby="keys-heading">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="keys-heading" className="text-base font-semibold">
            Keys <span className="font-normal text-gray-600 tabular-nums">({keys.length})</span>
          </h2>
          <p className="text-xs text-gray-600">Times in {appTimeZone()}.</p>
        </div>
        {keys.length ? (
          <ApiKeyTable keys={keys} />
        ) : (
          <EmptyState title="No API keys yet">
            Create one above, or with <code>npm run api-key -- create &lt;name&gt; --scope write</code>.
          </EmptyState>
        )}
      </section>
    </>
  );
}
