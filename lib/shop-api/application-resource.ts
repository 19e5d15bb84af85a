// GET /api/v1/applications/{id}: an application by our id or the provider's (WeGetFinancing's
// request token, ChargeAfter's applicationId): status, each lender's outcome, amounts, the
// customer and the timeline.
import "server-only";

import { z } from "zod";

import { db, type Prisma } from "@/lib/db/client";
import { ApplicationStatus, Provider } from "@/lib/db/generated/enums";
import { isUuid } from "@/lib/search-params/is-uuid";

import { lower, lowerEnum, money, moneySchema, time, timeSchema } from "./api-values";

const TIMELINE_MAX = 500;
const status = lowerEnum(ApplicationStatus);

export const applicationResourceSchema = z
  .object({
    id: z.uuid(),
    provider: lowerEnum(Provider),
    providerId: z.string().meta({ description: "WeGetFinancing's request token or ChargeAfter's applicationId." }),
    merchantTransactionId: z.string().nullable(),
    merchantOrderId: z.string().nullable(),
    status,
    requestedAmount: moneySchema.nullable(),
    approvedAmount: moneySchema.nullable(),
    refundedAmount: moneySchema,
    currency: z.string(),
    customer: z.object({
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
    lenders: z.array(
      z.object({
        lenderId: z.string(),
        lenderName: z.string().nullable(),
        status,
        amount: moneySchema.nullable(),
        reason: z.string().nullable(),
        occurredAt: timeSchema,
      }),
    ),
    timeline: z
      .array(
        z.object({
          type: z.string().meta({ example: "wgf.approved" }),
          status: status.nullable(),
          lenderId: z.string().nullable(),
          amount: moneySchema.nullable(),
          reason: z.string().nullable(),
          occurredAt: timeSchema,
        }),
      )
      .meta({ description: `Oldest first; at most ${TIMELINE_MAX} events.` }),
    createdAt: timeSchema,
    updatedAt: timeSchema,
  })
  .meta({ id: "Application" });

export type ApplicationResource = z.infer<typeof applicationResourceSchema>;

const select = {
  id: true,
  provider: true,
  externalId: true,
  merchantTransactionId: true,
  merchantOrderId: true,
  status: true,
  requestedAmount: true,
  approvedAmount: true,
  refundedAmount: true,
  currency: true,
  customerFirstName: true,
  customerLastName: true,
  customerEmail: true,
  customerPhone: true,
  createdAt: true,
  updatedAt: true,
  lenders: {
    select: { lenderId: true, lenderName: true, status: true, amount: true, reason: true, occurredAt: true },
    orderBy: [{ occurredAt: "asc" }, { lenderId: "asc" }],
  },
  events: {
    select: { type: true, status: true, lenderId: true, amount: true, reason: true, occurredAt: true },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    take: TIMELINE_MAX,
  },
} satisfies Prisma.ApplicationSelect;

/** Null for an id that names no application (or could not be one). */
export async function findApplicationResource(id: string): Promise<ApplicationResource | null> {
  if (!id || id.length > 200 || id.includes("\0")) return null;
  const byOurs = isUuid(id) ? await db().application.findUnique({ where: { id: id.toLowerCase() }, select }) : null;
  const found =
    byOurs ?? (await db().application.findFirst({ where: { externalId: id }, orderBy: { createdAt: "asc" }, select }));
  if (!found) return null;
  return {
    id: found.id,
    provider: lower(found.provider),
    providerId: found.externalId,
    merchantTransactionId: found.merchantTransactionId,
    merchantOrderId: found.merchantOrderId,
    status: lower(found.status),
    requestedAmount: money(found.requestedAmount),
    approvedAmount: money(found.approvedAmount),
    refundedAmount: money(found.refundedAmount),
    currency: found.currency,
    customer: {
      firstName: found.customerFirstName,
      lastName: found.customerLastName,
      email: found.customerEmail,
      phone: found.customerPhone,
    },
    lenders: found.lenders.map((l) => ({
      ...l,
      status: lower(l.status),
      amount: money(l.amount),
      occurredAt: time(l.occurredAt),
    })),
    timeline: found.events.map((e) => ({
      ...e,
      status: lower(e.status),
      amount: money(e.amount),
      occurredAt: time(e.occurredAt),
    })),
    createdAt: time(found.createdAt),
    updatedAt: time(found.updatedAt),
  };
}
