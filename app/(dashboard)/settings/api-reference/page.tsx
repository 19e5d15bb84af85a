// Settings → API reference: the Shop API's OpenAPI document, drawn on the server for a
// developer to read (no script from elsewhere: the CSP allows none).
import type { Metadata } from "next";

import { PageHeader } from "@/components/page-header";
import { requirePermission } from "@/lib/auth/session";
import { shopApiDocument } from "@/lib/shop-api/openapi-document";

import { FieldTable } from "./_sections/field-table";
import { Example, OperationCard, type Operation } from "./_sections/operation-card";
import { exampleOf, type Schemas } from "./_sections/schema-view";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiReferencePage() {
  await requirePermission("manageApiKeys");
  const document = shopApiDocument();
  const schemas = (document.components?.schemas ?? {}) as Schemas;
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  return (
    <>
      <PageHeader
        title="API reference"
        back={{ href: "/settings", label: "Settings" }}
        description={document.info.description}
        actions={
          <a href="/api/v1/openapi.json" className="text-sm font-medium text-blue-700 hover:underline">
            openapi.json (OpenAPI {document.openapi})
          </a>
        }
      />
      <h2 className="mb-3 text-base font-semibold">Routes</h2>
      <div className="mb-8 space-y-4">
        {operations.map(({ path, method, operation }) => (
          <OperationCard
            key={`${method} ${path}`}
            method={method}
            path={path}
            operation={operation}
            schemas={schemas}
          />
        ))}
      </div>
      {document.webhooks && (
        <>
          <h2 className="mb-1 text-base font-semibold">Events sent to event endpoints</h2>
          <p className="mb-3 text-sm text-gray-700">
            Signed per Standard Webhooks; set up in Settings → Event endpoints.
          </p>
          <div className="mb-8 space-y-4">
            {Object.entries(document.webhooks).map(([type, methods]) => (
              <OperationCard
                key={type}
                method="post"
                path={type}
                operation={(methods as Record<string, Operation>).post ?? {}}
                schemas={schemas}
              />
            ))}
          </div>
        </>
      )}
      <h2 className="mb-3 text-base font-semibold">Schemas</h2>
      <div className="space-y-4">
        {Object.entries(schemas).map(([name, schema]) => (
          <section
            key={name}
            id={`schema-${name}`}
            aria-labelledby={`schema-${name}-heading`}
            className="space-y-2 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
          >
            <h3 id={`schema-${name}-heading`} className="font-mono text-sm font-semibold">
              {name}
            </h3>
            {schema.description && <p className="text-sm text-gray-700">{schema.description}</p>}
            <FieldTable caption={`Fields of ${name}`} schema={schema} schemas={schemas} />
            <Example value={exampleOf(schema, schemas)} label={`Example ${name}`} />
          </section>
        ))}
      </div>
    </>
  );
}
