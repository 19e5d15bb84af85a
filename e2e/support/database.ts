// Direct access to the e2e server's embedded PostgreSQL (e2e/.artifacts/data), for
// rows no page can create yet, such as a pending cart. Connects the way
// lib/db/embedded-postgres.ts attaches: the port from postgres.lock, the password
// from secrets.json, database financing_desk, user postgres, host 127.0.0.1.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

import pg from "pg";

import { E2E_DATA_DIR } from "./constants";

export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { port } = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "postgres.lock"), "utf8")) as { port?: number };
  const { postgresPassword } = JSON.parse(readFileSync(path.join(E2E_DATA_DIR, "secrets.json"), "utf8")) as {
    postgresPassword: string;
  };
  if (!port) throw new Error("The e2e server's database has no port yet (postgres.lock)");
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password: postgresPassword,
    database: "financing_desk",
  });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export type PendingCartInput = {
  merchantTransactionId: string;
  requestToken: string;
  amount: string;
  shippingAmount?: string;
  taxAmount?: string;
  customer: { firstName: string; lastName: string; email: string };
};

/** Inserts a WeGetFinancing pending cart, as a financing request saves it; returns its id. */
export async function insertPendingCart(cart: PendingCartInput): Promise<string> {
  const id = randomUUID();
  await withE2eDatabase((client) =>
    client.query(
      `INSERT INTO "PendingCart" (id, provider, "merchantTransactionId", "requestToken", "customerFirstName", "customerLastName",
                                  "customerEmail", items, amount, "shippingAmount", "taxAmount", currency, "createdAt")
       VALUES ($1, 'WEGETFINANCING', $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10, 'USD', now())`,
      [
        id,
        cart.merchantTransactionId,
        cart.requestToken,
        cart.customer.firstName,
        cart.customer.lastName,
        cart.customer.email,
        JSON.stringify([{ sku: "E2E-1", display_name: "E2E desk", unit_price: cart.amount, quantity: "1" }]),
        cart.amount,
        cart.shippingAmount ?? "0",
        cart.taxAmount ?? "0",
      ],
    ),
  );
  return id;
}
