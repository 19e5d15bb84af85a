// /search in the funding report: finance sees the records; support finds a customer's records
// too, but only what the desk knows of them (type, status, its application), never the report.
import "server-only";

import { can } from "@/lib/auth/permissions";
import { db, Prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/format/format-money";
import { escapeLike, MIN_NAME_SEARCH_LENGTH } from "@/lib/search-params/name-search";

import { take, type SearchInput, type SearchRow } from "./search-types";

const ID_COLUMNS = ["transactionId", "chargeId", "merchantOrderId", "merchantTransactionId", "lenderReferenceId"];

type Found = {
  transactionId: string;
  transactionType: string;
  status: string;
  transactionAmount: string;
  firstName: string | null;
  lastName: string | null;
  applicationId: string | null;
};

export async function searchFundingRecords(
  { q, amount, applicationIds }: SearchInput,
  role: Role,
): Promise<SearchRow[]> {
  const finance = can(role, "viewFunding");
  const or = [...(finance ? ID_COLUMNS : ["merchantOrderId", "merchantTransactionId"])].map(
    (column) => Prisma.sql`${Prisma.raw(`f."${column}"`)} = ${q}`,
  );
  const words = q.split(/\s+/).filter((word) => word.length >= MIN_NAME_SEARCH_LENGTH);
  if (words.length) {
    const each = words.map((word) => {
      const like = `%${escapeLike(word)}%`;
      return Prisma.sql`(f."firstName" ILIKE ${like} OR f."lastName" ILIKE ${like} OR f.email ILIKE ${like})`;
    });
    or.push(Prisma.sql`(${Prisma.join(each, " AND ")})`);
  }
  if (finance && amount) or.push(Prisma.sql`f."transactionAmount" = ${amount}::numeric`);
  if (applicationIds.length) or.push(Prisma.sql`f."applicationId" = ANY(${applicationIds}::uuid[])`);
  const rows = await db().$queryRaw<Found[]>`
    SELECT f."transactionId", f."transactionType", f.status, f."transactionAmount"::text AS "transactionAmount",
           f."firstName", f."lastName", f."applicationId"::text AS "applicationId"
    FROM "FundingRecord" f WHERE ${Prisma.join(or, " OR ")}
    ORDER BY f."transactionDate" DESC, f."transactionId" DESC LIMIT ${take}`;
  return rows.map((r) => {
    const name = [r.firstName, r.lastName].filter(Boolean).join(" ");
    if (finance)
      return {
        id: r.transactionId,
        href: `/reconciliation/records/${encodeURIComponent(r.transactionId)}`,
        title: r.transactionId,
        status: r.status,
        detail: [name, r.transactionType, formatMoney(r.transactionAmount)].filter(Boolean).join(" · "),
      };
    return {
      id: r.transactionId,
      href: null,
      title: `${r.transactionType} for ${name || "this customer"}`,
      status: r.status,
      detail: null,
      note: r.applicationId
        ? { text: "Open the application (the funding report is for finance)", href: `/applications/${r.applicationId}` }
        : { text: "The funding report is for finance; no application of ours is linked yet." },
    };
  });
}
