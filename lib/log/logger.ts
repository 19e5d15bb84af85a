// The process's logger: JSON lines on stdout (level, time, msg, and a request id where one is
// known), as operators' log collectors expect. Secrets never reach it: the paths below are
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
  return destination ? pino(options, destination) : pino(options);
}

export const logger = createLogger();

/** A logger whose lines name where they come from (`{"component":"jobs",…}`). */
export function componentLogger(component: string): pino.Logger {
  return logger.child({ component });
}
