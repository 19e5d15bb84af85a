// The keys that stand: name, scope, the key's first characters, who made it and when, last use.
import { Badge } from "@/components/badge";
import { ListTable, type Column } from "@/components/data-table";
import { DateTime } from "@/components/date-time";
import type { ApiKeyRow } from "@/lib/api-keys/list-api-keys";

import { RevokeApiKeyButton } from "./revoke-api-key-button";

const columns: Column<ApiKeyRow>[] = [
  { header: "Name", card: "title", className: "font-medium text-gray-900 break-all", cell: (key) => key.name },
  {
    header: "Scope",
    cell: (key) => <Badge tone={key.scope === "WRITE" ? "accent" : "neutral"}>{key.scope.toLowerCase()}</Badge>,
  },
  { header: "Key", cell: (key) => <code className="font-mono text-xs">{key.prefix}…</code> },
  { header: "Created by", className: "break-all", cell: (key) => key.createdByEmail },
  { header: "Created", cell: (key) => <DateTime value={key.createdAt} /> },
  {
    header: "Last used",
    title: "Updated at most once a minute",
    cell: (key) => <DateTime value={key.lastUsedAt} fallback="Never" />,
  },
  { header: "Actions", srOnlyHeader: true, card: "wide", cell: (key) => <RevokeApiKeyButton name={key.name} /> },
];

export function ApiKeyTable({ keys }: { keys: ApiKeyRow[] }) {
  return (
    <ListTable
      caption="API keys: name, scope, first characters, creator, creation and last use"
      rows={keys}
      columns={columns}
    />
  );
}
