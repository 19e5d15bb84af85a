// A replay's outcome in one sentence, for the page that asked for it.
import type { ReplayResult } from "@/lib/ingest/replay-delivery";

export type ReplayTone = "success" | "warning" | "danger";

export function describeReplayResult(result: ReplayResult): { message: string; tone: ReplayTone } {
  const error = "error" in result && result.error ? ` ${result.error}` : "";
  switch (result.outcome) {
    case "applied":
      return { message: "Replayed: applied.", tone: "success" };
    case "ignored":
      return { message: `Replayed: still ignored, no effect.${error}`, tone: "warning" };
    case "duplicate":
      return {
        message: "Replayed: it is the same event as an earlier delivery, so it had no second effect.",
        tone: "warning",
      };
    case "invalid":
      return { message: `Replayed: still unreadable.${error}`, tone: "danger" };
    case "failed":
      return { message: `Replayed: failed again.${error}`, tone: "danger" };
    case "unchanged":
      return { message: `Not replayed: ${lowerFirst(result.reason)}`, tone: "warning" };
    case "refused":
      return { message: `Not replayed: ${lowerFirst(result.reason)}`, tone: "danger" };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
