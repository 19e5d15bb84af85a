import type { Provider } from "@/lib/db/generated/enums";
import { chargeAfterAdapter } from "@/lib/providers/chargeafter/adapter";
import { wegetfinancingAdapter } from "@/lib/providers/wegetfinancing/adapter";

import type { ProviderAdapter } from "./types";

export function adapterFor(provider: Provider): ProviderAdapter {
  return provider === "WEGETFINANCING" ? wegetfinancingAdapter() : chargeAfterAdapter();
}
