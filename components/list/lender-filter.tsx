// The lender filter several lists share: the lenders seen in the data, submitted as ?lender=A&lender=B.
import { MultiSelect } from "@/components/list/multi-select";
import { withSelected } from "@/components/list/options";

export function LenderFilter({ lenders, selected }: { lenders: readonly string[]; selected: readonly string[] }) {
  return (
    <MultiSelect
      name="lender"
      label="Lender"
      options={withSelected(lenders, selected, { sort: true })}
      selected={selected}
    />
  );
}
