// The process's logger: JSON lines on stdout (level, time, msg, and a request id where one is
// known), as operators' log collectors expect. Secrets never reach it: the paths below are
// redacted wherever a caller passes a whole object.
import pino from "pino";

const level = process.env.LOG_LEVEL?.trim() || "info";

export const logger = pino({
  level,
  base: undefined,
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  redact: {
    paths: ["authorization", "password", "secret", "*.authorization", "*.password", "*.secret", "headers.cookie"],
    censor: "[redacted]",
  },
});

/** A logger whose lines name where they come from (`{"component":"jobs",…}`). */
export function componentLogger(component: string): pino.Logger {
  return logger.child({ component });
}
