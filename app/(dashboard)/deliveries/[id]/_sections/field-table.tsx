// Name/value pairs in mono as a two-column table: the request headers, a form body's fields.
import { DataTable, TableHead, Td } from "@/components/data-table";

type Props = { caption: string; names: [string, string]; pairs: readonly (readonly [string, string])[] };

export function FieldTable({ caption, names, pairs }: Props) {
  return (
    <DataTable caption={caption}>
      <TableHead columns={names} />
      <tbody>
        {pairs.map(([name, value], index) => (
          <tr key={`${name}-${index}`}>
            <Td className="font-mono text-xs whitespace-nowrap">{name}</Td>
            <Td className="font-mono text-xs break-all">{value}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
