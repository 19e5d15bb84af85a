// A section table's column headings; amounts (named in `right`) are right-aligned.
import { Th } from "@/components/data-table";

export function TableHead({ columns, right = [] }: { columns: readonly string[]; right?: readonly string[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <Th key={column} className={right.includes(column) ? "text-right" : undefined}>
            {column}
          </Th>
        ))}
      </tr>
    </thead>
  );
}
