// The provider filter the delivery log and the applications list share, in the providers' own names.
import { MultiSelect } from "@/components/list/multi-select";
import { optionsOf } from "@/components/list/options";
import { Provider } from "@/lib/db/generated/enums";
import { providerLabels } from "@/lib/deliveries/delivery-labels";

const providerOptions = optionsOf(Object.values(Provider), providerLabels);

export function ProviderFilter({ selected }: { selected: readonly string[] }) {
  return <MultiSelect name="provider" label="Provider" options={providerOptions} selected={selected} />;
}
