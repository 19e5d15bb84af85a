// The funding report: one page of records under the filters, newest first by the chosen
// date field, paginated by (date desc, transactionId desc) with an opaque keyset cursor.
// Amounts come back as exact strings straight from the database ("1299.99").
import "server-only";

import { Prisma } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { fetchPage, type Page } from "@/lib/pagination/keyset";
import { keysetSql } from "@/lib/pagination/keyset-sql";
import type { ListPageInput } from "@/lib/pagination/list-page-input";

import { FUNDING_PAGE_SIZE, type FundingFilters } from "./funding-filters";
import { DATE_COLUMNS, fundingWhereSql } from "./funding-where";

export type FundingRecordRow = {
  transactionId: string;
  chargeId: string;
  transactionType: string;
  transactionDate: Date;
  transactionAmount: string;
  discountAmount: string;
  netAmount: string;
  fundedAt: Date | null;
  updatedAt: Date;
  status: string;
  lenderName: string | null;
  productType: string | null;
  promoCode: string | null;
  merchantOrderId: string | null;
  merchantTransactionId: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  version: number;
  applicationId: string | null;
};

export type FindFundingRecordsInput = ListPageInput<FundingFilters>;

const LIST_COLUMNS =
  Prisma.raw(`f."transactionId", f."chargeId", f."transactionType", f."transactionDate", f."transactionAmount"::text AS "transactionAmount",
  f."discountAmount"::text AS "discountAmount", f."netAmount"::text AS "netAmount", f."fundedAt", f."updatedAt", f.status, f."lenderName",
  f."productType", f."promoCode", f."merchantOrderId", f."merchantTransactionId", f."firstName", f."lastName", f.email, f.version, f."applicationId"`);

export async function findFundingRecords(input: FindFundingRecordsInput): Promise<Page<FundingRecordRow>> {
  const { filters, timeZone, pageSize = FUNDING_PAGE_SIZE } = input;
  const dateField = filters.dateField;
  return fetchPage<FundingRecordRow>({
    cursor: input.cursor ?? null,
    pageSize,
    // With dateField fundedAt the where clause keeps funded records only, so the key is never null.
    key: (row) => ({ at: row[dateField]!, id: row.transactionId }),
    fetch: async (cursor, take) => {
      const page = keysetSql(cursor, {
        at: DATE_COLUMNS[dateField],
        id: Prisma.raw(`f."transactionId"`),
        idType: "text",
      });
      const where = [fundingWhereSql(filters, timeZone), ...page.where];
      const sql = Prisma.sql`SELECT ${LIST_COLUMNS} FROM "FundingRecord" f WHERE ${Prisma.join(where, " AND ")}
        ORDER BY ${page.orderBy} LIMIT ${take}`;
      const { rows } = await pgPool().query<FundingRecordRow>(sql.text, sql.values);
      return rows;
    },
  });
}
