// A receiver's route handlers: POST goes through the pipeline; any other method is
// answered 405 (Allow: POST) and stored, so a misconfigured sender shows in the log.
// The adapter is built per request, so a changed credential takes effect at once.
import { receiveDelivery, receiveWrongMethod } from "./receive-delivery";
import type { ProviderAdapter } from "./types";

export function receiverRoute(adapter: () => ProviderAdapter, endpoint: string) {
  const wrongMethod = (request: Request) => receiveWrongMethod(request, adapter(), endpoint);
  return {
    POST: (request: Request) => receiveDelivery(request, adapter(), endpoint),
    GET: wrongMethod,
    PUT: wrongMethod,
    PATCH: wrongMethod,
    DELETE: wrongMethod,
  };
}
