// Deliveries a receiver must refuse: a forged or missing signature (401), a body that is
// not the provider's format (400), a content type it does not read (415). Each is stored
// and shown in the delivery log, with no effect.
import type { SimulatorCredentials } from "./credentials";
import type { Delivery } from "./deliveries";
import type { Random } from "./random";

type Make = (random: Random, credentials: SimulatorCredentials, now: Date) => Omit<Delivery, "variant">;

const caAuth = (credentials: SimulatorCredentials) => ({
  kind: "ca" as const,
  authorization: credentials.ca.webhookAuthorization,
});
const wgfAuth = (credentials: SimulatorCredentials) => ({
  kind: "wgf" as const,
  credentials: { username: credentials.wgf.postbackUsername, password: credentials.wgf.postbackPassword },
});
const caEvent = (random: Random, now: Date) =>
  JSON.stringify({
    eventType: "application.approved",
    createdAt: now.toISOString(),
    applicationId: `app_${random.id(10)}`,
    lenderId: "lender_finara",
    amount: 1299.99,
  });

const KINDS: Make[] = [
  (random, credentials) => ({
    provider: "WEGETFINANCING",
    label: "invalid: forged x-signature",
    body: JSON.stringify({
      version: "1.9",
      request_token: random.id(16).toLowerCase(),
      merchant_transaction_id: `WEB-X${random.int(1000, 9999)}`,
      status: "approved",
      approved_amount: "2499.00",
    }),
    contentType: "application/json",
    auth: { ...wgfAuth(credentials), forge: true },
    expect: { status: 401 },
  }),
  (random, _credentials, now) => ({
    provider: "CHARGEAFTER",
    label: "invalid: wrong Authorization",
    body: caEvent(random, now),
    contentType: "application/json",
    auth: { kind: "ca", authorization: "Bearer not-the-configured-secret" },
    expect: { status: 401 },
  }),
  (random, credentials, now) => ({
    provider: "CHARGEAFTER",
    label: "invalid: malformed JSON",
    body: caEvent(random, now).slice(0, -12),
    contentType: "application/json",
    auth: caAuth(credentials),
    expect: { status: 400 },
  }),
  (random, credentials) => ({
    provider: "CHARGEAFTER",
    label: "invalid: text/plain body",
    body: `eventType=application.declined&applicationId=app_${random.id(10)}`,
    contentType: "text/plain",
    auth: caAuth(credentials),
    expect: { status: 415 },
  }),
  (random, credentials) => ({
    provider: "WEGETFINANCING",
    label: "invalid: malformed JSON",
    body: `{"version":"1.9","request_token":"${random.id(16).toLowerCase()}","status":"approved",`,
    contentType: "application/json",
    auth: wgfAuth(credentials),
    expect: { status: 400 },
  }),
  (random, _credentials, now) => ({
    provider: "CHARGEAFTER",
    label: "invalid: no Authorization",
    body: caEvent(random, now),
    contentType: "application/json",
    auth: { kind: "ca", authorization: null },
    expect: { status: 401 },
  }),
  (random, credentials) => ({
    provider: "WEGETFINANCING",
    label: "invalid: application/xml body",
    body: `<postback><inv_id>${random.id(16).toLowerCase()}</inv_id><inv_status>Auth</inv_status></postback>`,
    contentType: "application/xml",
    auth: wgfAuth(credentials),
    expect: { status: 415 },
  }),
];

/** `count` invalid deliveries, cycling through every kind. */
export function invalidDeliveries(
  count: number,
  random: Random,
  credentials: SimulatorCredentials,
  now: Date,
): Delivery[] {
  return Array.from({ length: count }, (_, i) => ({
    ...KINDS[i % KINDS.length]!(random, credentials, now),
    variant: "invalid" as const,
  }));
}
