// application.status_changed, written by applyApplicationEvent's update of the application in
// the same statement (no round trip of its own): the CTEs to append to a WITH whose `updated`
// CTE is that UPDATE … RETURNING *.
import { Prisma } from "@/lib/db/client";
import type { ApplicationStatus } from "@/lib/db/generated/enums";

import { applicationDataSql } from "./event-payload-sql";
import { UUID7_SQL } from "./event-writer";
import { FAN_OUT } from "./record-event";

const TYPE = "application.status_changed";

export function applicationStatusChangedCtes(previous: ApplicationStatus): Prisma.Sql {
  return Prisma.sql`, previous AS (SELECT ${previous}::text AS status), event AS (
      INSERT INTO "OutboundEvent" (id, type, data)
      SELECT 'evt_' || ${Prisma.raw(UUID7_SQL)}::text, ${TYPE}, s.data
      FROM (${Prisma.raw(applicationDataSql("updated a", "(SELECT status FROM previous)"))}) s
      RETURNING id, type
    ), fan_out AS (${Prisma.raw(FAN_OUT)})`;
}
