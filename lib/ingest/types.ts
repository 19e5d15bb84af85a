// The one normalised language between provider parsers (lib/providers/*) and the
// domain. Provider-specific names and formats never travel past a parser.
import type Decimal from "decimal.js";

import type { ApplicationStatus, DisputeStatus, Provider, Verification } from "@/lib/db/generated/enums";

/** What a parser makes of one delivery's body. */
export type ParseResult =
  | { ok: true; event: NormalisedEvent }
  /** The body cannot be read as the provider's format (answered 400). */
  | { ok: false; error: string; searchIds?: string[] };

export type NormalisedEvent = {
  /** Normalised (new) event name, e.g. "application.approved", "wgf.postback.approved". */
  eventType: string;
  /**
   * Two deliveries with the same key are the same event: the second is a duplicate
   * with no effect. Undefined when the body gives nothing stable to key on.
   */
  dedupeKey?: string;
  /** Every id in the payload (tokens, application, order, charge, dispute ids), for search. */
  searchIds: string[];
  /** Odd but readable facts worth showing staff (e.g. "amount-rounded"); stored on the delivery. */
  flags?: string[];
  effect: Effect;
};

export type Effect = ApplicationEffect | DisputeEffect | PostSaleEffect | UnknownEffect;

/** An event about one financing application (WGF postback, ChargeAfter application event). */
export type ApplicationEffect = {
  kind: "application";
  provider: Provider;
  /** WGF request token (inv_id); ChargeAfter applicationId. */
  externalId: string;
  occurredAt: Date;
  /** The status this event asserts; undefined for events that only add facts (tokens, refunds). */
  status?: ApplicationStatus;
  /** Per-lender events (ChargeAfter); WGF has no lender id. */
  lenderId?: string;
  lenderName?: string;
  amount?: Decimal;
  reason?: string;
  merchantTransactionId?: string;
  merchantOrderId?: string;
  tokens?: {
    accountId?: string;
    accountToken?: string;
    confirmationToken?: string;
    consumerId?: string;
    linkId?: string;
  };
  /** WeGetFinancing's effect on the pending cart / order. */
  order?: { action: "promote" } | { action: "cancel" } | { action: "refund"; amount: Decimal };
  /** The parsed payload as it should appear on the timeline. */
  data: Record<string, unknown>;
};

/** What every dispute and post-sale effect carries: who sent it, when it happened, its payload. */
type EventFacts = {
  provider: Provider;
  occurredAt: Date;
  applicationExternalId?: string;
  data: Record<string, unknown>;
};

export type DisputeEffect = EventFacts & {
  kind: "dispute";
  disputeId: string;
  lenderDisputeId?: string;
  lenderId?: string;
  status: DisputeStatus;
};

/** ChargeAfter post-sale events: stored whole and linked by whatever ids they carry. */
export type PostSaleEffect = EventFacts & { kind: "post-sale"; chargeId?: string; merchantOrderId?: string };

/** A well-formed body of an event type we do not know (yet): stored, answered 200, no effect. */
export type UnknownEffect = { kind: "unknown"; rawEventType?: string };

/** Headers and body exactly as received, for the provider's verifier. */
export type IncomingRequest = {
  rawBody: Buffer;
  headers: Headers;
  receivedAt: Date;
};

/** flags: verified, but worth showing (e.g. "stale-timestamp"); stored on the delivery. */
export type VerificationResult = { outcome: Verification; detail?: string; flags?: string[] };

/** Everything provider-specific the pipeline needs, one per receiver. */
export type ProviderAdapter = {
  provider: Provider;
  /** Content types this receiver reads (lower-case, without parameters). */
  contentTypes: readonly string[];
  /** Header names whose values are secrets: stored and shown masked. */
  secretHeaders: readonly string[];
  verify(request: IncomingRequest): VerificationResult;
  /** receivedAt stands in for the event time when the body carries none. */
  parse(rawBody: Buffer, contentType: string, receivedAt: Date): ParseResult;
};
