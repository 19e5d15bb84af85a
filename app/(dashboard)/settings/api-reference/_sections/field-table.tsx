// A schema's fields as a table: path, type, required, what it means, an example.
import { DataTable, TableHead, Td } from "@/components/data-table";

import { fieldsOf, type JsonSchema, type Schemas } from "./schema-view";

export function FieldTable({ caption, schema, schemas }: { caption: string; schema: JsonSchema; schemas: Schemas }) {
  const fields = fieldsOf(schema, schemas);
  if (!fields.length) return null;
  return (
    <DataTable caption={caption} scrollLabel={caption}>
      <TableHead columns={["Field", "Type", "Required", "Description", "Example"]} />
      <tbody>
        {fields.map((field) => (
          <tr key={field.path} className="border-t border-gray-100 align-top">
            <Td className="font-mono text-xs break-all">{field.path}</Td>
            <Td className="font-mono text-xs break-all">{field.type}</Td>
            <Td>{field.required ? "yes" : "no"}</Td>
            <Td className="min-w-48 text-xs">{field.description}</Td>
            <Td className="font-mono text-xs break-all">
              {field.example === undefined ? "" : JSON.stringify(field.example)}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
