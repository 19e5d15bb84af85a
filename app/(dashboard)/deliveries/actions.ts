"use server";

// Replays (admins only): one delivery from its page, and "replay all failed in this
// filter" in chunks from the log; each refuses what canReplay refuses (the page hides
// those buttons, a crafted request is refused here too). replayDelivery audits each replay.
import { revalidatePath } from "next/cache";
import { z } from "zod";

import { defineAction } from "@/lib/auth/action";
import { describeReplayResult, type ReplayTone } from "@/lib/deliveries/describe-replay-result";
import { findReplayCandidates, replayRefusals } from "@/lib/deliveries/filter-replayable";
import {
  BULK_REPLAY_CHUNK,
  findReplayableDeliveryIds,
  type ReplayableIds,
} from "@/lib/deliveries/find-replayable-delivery-ids";
import { deliveryIdSchema } from "@/lib/deliveries/get-delivery-schema";
import { readDeliveryFilters } from "@/lib/deliveries/read-delivery-filters";
import { UserFacingError } from "@/lib/errors/user-facing-error";
import { appTimeZone } from "@/lib/format/format-date-time";
import { replayDelivery, type ReplayResult } from "@/lib/ingest/replay-delivery";

export type ReplayOneResult = { outcome: ReplayResult["outcome"]; tone: ReplayTone };

export const replayDeliveryAction = defineAction(
  "replayDelivery",
  z.object({ id: deliveryIdSchema }),
  async (input, user) => {
    const [candidate] = await findReplayCandidates([input.id]);
    const refusal = candidate ? (await replayRefusals([candidate])).get(candidate.id) : "No such delivery.";
    if (refusal) throw new UserFacingError(`Not replayed: ${refusal}`);
    const result = await replayDelivery(input.id, user);
    revalidatePath(`/deliveries/${input.id}`);
    const { message, tone } = describeReplayResult(result);
    const data: ReplayOneResult = { outcome: result.outcome, tone };
    return { message, data };
  },
);

/** The ids a bulk replay will act on, taken once from the log's filters (a query string). */
export const prepareBulkReplayAction = defineAction(
  "replayDelivery",
  z.object({ query: z.string().max(8000).default("") }),
  async (input): Promise<{ data: ReplayableIds }> => {
    const { filters } = readDeliveryFilters(new URLSearchParams(input.query));
    return { data: await findReplayableDeliveryIds({ filters, timeZone: appTimeZone() }) };
  },
);

/** Per chunk: how many were replayed and applied, are still failing (failed, invalid, ignored), or were left as they are. */
export type ChunkTally = { done: number; applied: number; stillFailing: number; unchanged: number };

const idList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(deliveryIdSchema)
      .min(1)
      .max(BULK_REPLAY_CHUNK, { error: `At most ${BULK_REPLAY_CHUNK} deliveries per request.` }),
  );

export const replayChunkAction = defineAction(
  "replayDelivery",
  z.object({ ids: idList }),
  async (input, user): Promise<{ data: ChunkTally }> => {
    const tally: ChunkTally = { done: 0, applied: 0, stillFailing: 0, unchanged: 0 };
    const refusals = await replayRefusals(await findReplayCandidates(input.ids));
    for (const id of input.ids) {
      if (refusals.get(id) !== null) {
        // canReplay says no (or it is gone): left as it is, not replayed.
        tally.done++;
        tally.unchanged++;
        continue;
      }
      const result = await replayDelivery(id, user);
      tally.done++;
      if (result.outcome === "applied") tally.applied++;
      else if (result.outcome === "failed" || result.outcome === "invalid" || result.outcome === "ignored")
        tally.stillFailing++;
      else tally.unchanged++;
    }
    revalidatePath("/deliveries");
    return { data: tally };
  },
);
