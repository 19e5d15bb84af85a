// One operation of the document: method and path, what it does, its parameters, its body
// (fields and an example) and its answers.
import { DataTable, TableHead, Td } from "@/components/data-table";

import { FieldTable } from "./field-table";
import { exampleOf, refName, typeOf, type JsonSchema, type Schemas } from "./schema-view";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
type Content = Record<string, { schema?: JsonSchema }>;
export type Operation = {
  summary?: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Content };
  responses?: Record<string, { description?: string; content?: Content }>;
};

export function OperationCard(props: { method: string; path: string; operation: Operation; schemas: Schemas }) {
  const { method, path, operation, schemas } = props;
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <h3 id={id} className="font-mono text-sm font-semibold break-all text-gray-900">
        <span className="mr-2 rounded bg-gray-900 px-1.5 py-0.5 text-xs text-white uppercase">{method}</span> {path}
      </h3>
      {operation.summary && <p className="text-sm font-medium text-gray-900">{operation.summary}</p>}
      {operation.description && <p className="text-sm text-gray-700">{operation.description}</p>}
      <p className="text-xs text-gray-600">
        {operation.security?.length ? "Needs Authorization: Bearer <API key>." : "No key needed."}
      </p>
      {operation.parameters?.length ? (
        <DataTable caption={`Parameters of ${method.toUpperCase()} ${path}`}>
          <TableHead columns={["Parameter", "In", "Type", "Required", "Description"]} />
          <tbody>
            {operation.parameters.map((p) => (
              <tr key={`${p.in}-${p.name}`} className="border-t border-gray-100 align-top">
                <Td className="font-mono text-xs">{p.name}</Td>
                <Td>{p.in}</Td>
                <Td className="font-mono text-xs">{p.schema ? typeOf(p.schema) : ""}</Td>
                <Td>{p.required ? "yes" : "no"}</Td>
                <Td className="text-xs">{p.description ?? p.schema?.description}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
      {body && (
        <>
          <h4 className="text-xs font-semibold tracking-wide text-gray-600 uppercase">Body (application/json)</h4>
          <FieldTable caption={`Body of ${method.toUpperCase()} ${path}`} schema={body} schemas={schemas} />
          <Example value={exampleOf(body, schemas)} label="Example body" />
        </>
      )}
      <h4 className="text-xs font-semibold tracking-wide text-gray-600 uppercase">Answers</h4>
      <ul className="space-y-1 text-sm">
        {Object.entries(operation.responses ?? {}).map(([status, answer]) => {
          const [type, media] = Object.entries(answer.content ?? {})[0] ?? [];
          const schema = media?.schema;
          return (
            <li key={status}>
              <span className="font-mono font-semibold">{status}</span> {answer.description}
              {type && (
                <span className="text-xs text-gray-600">
                  {" "}
                  ({type}
                  {schema?.$ref ? (
                    <>
                      , <a href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>
                    </>
                  ) : null}
                  )
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function Example({ value, label }: { value: unknown; label: string }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm text-blue-700">{label}</summary>
      <pre className="mt-1 overflow-x-auto rounded border border-gray-200 bg-gray-50 p-2 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </details>
  );
}
