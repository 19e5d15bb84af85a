// The process's logger: JSON lines (level, time, msg, and a request id where one is known), as
// operators' log collectors expect: errors and fatals on stderr, the rest on stdout, so a
// supervisor that keeps only stderr still sees why a process stopped. Secrets never reach it: the paths below are
// redacted wherever a caller passes a whole object.
import pino from "pino";

import { currentRequestId } from "./request-context";

const level = process.env.LOG_LEVEL?.trim() || "info";

/** The process's logger, or one writing elsewhere (tests read its lines). */
export function createLogger(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: ["authorization", "password", "secret", "*.authorization", "*.password", "*.secret", "headers.cookie"],
      censor: "[redacted]",
    },
    // Every line written while a request is served names it.
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
  return pino(options, destination ?? standardStreams());
}

/** Each line goes to one stream: stderr from `error` up, stdout below. */
function standardStreams(): pino.MultiStreamRes {
  return pino.multistream(
    [
      { level: "trace", stream: pino.destination({ dest: 1, sync: true }) },
      { level: "error", stream: pino.destination({ dest: 2, sync: true }) },
    ],
    { dedupe: true },
  );
}

export const logger = createLogger();

/** A logger whose lines name where they come from (`{"component":"jobs",…}`). */
export function componentLogger(component: string): pino.Logger {
  return logger.child({ component });
}
