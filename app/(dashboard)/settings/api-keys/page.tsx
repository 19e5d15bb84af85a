import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { AddSection, ListSection } from "@/components/settings-section";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { requirePermission } from "@/lib/auth/session";

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
      <AddSection id="new-key-heading" title="New API key">
        <NewApiKeyForm />
      </AddSection>
      <ListSection id="keys-heading" title="Keys" count={keys.length}>
        {keys.length ? (
          <ApiKeyTable keys={keys} />
        ) : (
          <EmptyState title="No API keys yet">
            Create one above, or with <code>npm run api-key -- create &lt;name&gt; --scope write</code>.
          </EmptyState>
        )}
      </ListSection>
    </>
  );
}
