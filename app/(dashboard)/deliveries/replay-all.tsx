"use client";

// "Replay all failed in this filter" (admins): counts what will be replayed, asks for
// confirmation, then replays in chunks of 25 with progress. Each replay is audited.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { Button } from "@/components/button";
import { Dialog } from "@/components/dialog";
import type { ActionState } from "@/lib/auth/action";
import type { ReplayableIds } from "@/lib/deliveries/find-replayable-delivery-ids";

import { prepareBulkReplayAction, replayChunkAction, type ChunkTally } from "./actions";

const CHUNK = 25;
const LIMIT = 500;

type Phase =
  | { name: "closed" }
  | { name: "counting" }
  | { name: "confirm"; found: ReplayableIds }
  | { name: "running" | "done"; total: number; tally: ChunkTally; more: boolean; error?: string }
  | { name: "error"; message: string };

const empty: ChunkTally = { done: 0, applied: 0, stillFailing: 0, unchanged: 0 };

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

function messageOf(state: ActionState<unknown>): string {
  return state.status === "error" ? (state.message ?? "Something went wrong.") : "Something went wrong.";
}

export function ReplayAll({ query }: { query: string }) {
  const router = useRouter();
  const [phase, setPhase] = useState<Phase>({ name: "closed" });
  const stop = useRef(false);

  async function open() {
    setPhase({ name: "counting" });
    try {
      const state = await prepareBulkReplayAction({ status: "idle" }, form({ query }));
      setPhase(
        state.status === "ok" && state.data
          ? { name: "confirm", found: state.data }
          : { name: "error", message: messageOf(state) },
      );
    } catch {
      setPhase({ name: "error", message: "Could not count the deliveries to replay. Try again." });
    }
  }

  async function run(found: ReplayableIds) {
    stop.current = false;
    let tally = empty;
    const total = found.ids.length;
    setPhase({ name: "running", total, tally, more: found.more });
    for (let start = 0; start < total && !stop.current; start += CHUNK) {
      let error: string | undefined;
      try {
        const state = await replayChunkAction(
          { status: "idle" },
          form({ ids: found.ids.slice(start, start + CHUNK).join(",") }),
        );
        if (state.status === "ok" && state.data) {
          const d = state.data;
          tally = {
            done: tally.done + d.done,
            applied: tally.applied + d.applied,
            stillFailing: tally.stillFailing + d.stillFailing,
            unchanged: tally.unchanged + d.unchanged,
          };
        } else error = messageOf(state);
      } catch {
        error = "The server did not answer; the replays so far are kept.";
      }
      if (stop.current) return; // closed while running: the dialog is gone, the replays so far are kept
      if (error) {
        setPhase({ name: "done", total, tally, more: found.more, error });
        return;
      }
      setPhase({ name: "running", total, tally, more: found.more });
    }
    setPhase({ name: "done", total, tally, more: found.more });
  }

  /** Closing while replays run stops after the current chunk. */
  function close() {
    const changed = phase.name === "done" || phase.name === "running";
    stop.current = true;
    setPhase({ name: "closed" });
    if (changed) router.refresh();
  }

  return (
    <>
      <Button size="sm" onClick={open}>
        Replay all failed in this filter…
      </Button>
      <Dialog open={phase.name !== "closed"} onClose={close} title="Replay failed deliveries in this filter">
        <Body phase={phase} onRun={run} onClose={close} />
      </Dialog>
    </>
  );
}

function Body({ phase, onRun, onClose }: { phase: Phase; onRun: (found: ReplayableIds) => void; onClose: () => void }) {
  switch (phase.name) {
    case "closed":
      return null;
    case "counting":
      return (
        <p role="status" className="text-sm text-gray-700">
          Counting the deliveries to replay…
        </p>
      );
    case "error":
      return (
        <div className="space-y-4">
          <p role="alert" className="text-sm text-red-800">
            {phase.message}
          </p>
          <div className="flex justify-end">
            <Button onClick={onClose}>Close</Button>
          </div>
        </div>
      );
    case "confirm": {
      const n = phase.found.ids.length;
      if (n === 0) {
        return (
          <div className="space-y-4">
            <p role="status" className="text-sm text-gray-700">
              Nothing to replay: no delivery in this filter was verified when it arrived and then failed, was unreadable
              or ignored.
            </p>
            <div className="flex justify-end">
              <Button onClick={onClose}>Close</Button>
            </div>
          </div>
        );
      }
      return (
        <div className="space-y-4 text-sm text-gray-700">
          <p role="status">
            <strong className="text-gray-900 tabular-nums">{n.toLocaleString("en-US")}</strong>{" "}
            {n === 1 ? "delivery" : "deliveries"} will be replayed, oldest first: verified deliveries in this filter
            that failed, were unreadable or were ignored.
            {phase.found.more && ` More match: at most ${LIMIT} are replayed per run; run it again for the rest.`}
          </p>
          <p>
            Each is read again with today&apos;s parser and applied if it can be; applied deliveries and duplicates are
            never applied twice. Every replay is written to the audit log.
          </p>
          <div className="flex justify-end gap-2">
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" onClick={() => onRun(phase.found)}>
              Replay {n.toLocaleString("en-US")}
            </Button>
          </div>
        </div>
      );
    }
    case "running":
    case "done": {
      const { total, tally } = phase;
      return (
        <div className="space-y-3 text-sm text-gray-700">
          <progress
            max={total}
            value={tally.done}
            className="h-2 w-full accent-accent-700"
            aria-label="Replay progress"
          />
          <p role="status" className="tabular-nums">
            {tally.done} of {total} replayed, {tally.applied} applied, {tally.stillFailing} still failing
            {tally.unchanged > 0 && `, ${tally.unchanged} left as they were`}.
            {phase.name === "done" && !phase.error && " Done."}
          </p>
          {phase.error && (
            <p role="alert" className="text-red-800">
              {phase.error}
            </p>
          )}
          {phase.name === "done" && phase.more && (
            <p>More deliveries match this filter; run it again for the next {LIMIT}.</p>
          )}
          <div className="flex justify-end">
            <Button variant={phase.name === "done" ? "primary" : "secondary"} onClick={onClose}>
              {phase.name === "running" ? "Stop" : "Close"}
            </Button>
          </div>
        </div>
      );
    }
  }
}
