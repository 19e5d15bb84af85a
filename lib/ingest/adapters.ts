import { chargeAfterAdapter } from "../providers/chargeafter/adapter";
import { wegetfinancingAdapter } from "../providers/wegetfinancing/adapter";
import type { Provider } from "../db/generated/enums";
import type { ProviderAdapter } from "./types";

export function adapterFor(provider: Provider): ProviderAdapter {
  return provider === "WEGETFINANCING" ? wegetfinancingAdapter() : chargeAfterAdapter();
}
