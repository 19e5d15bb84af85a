// zod's issues in words, as every provider parser reports them: the field's path, then the
// message phrased to follow it ("applicationId is missing", "transactionAmount: is missing").
import type { z } from "zod";

type Options = {
  /** Between the field and the message: " " (the default) or ": ". */
  separator?: string;
  /** Named for an issue about the whole value (an empty path); left out when not given. */
  root?: string;
};

export function describeIssue(issue: z.core.$ZodIssue, { separator = " ", root }: Options = {}): string {
  const field = issue.path.map(String).join(".") || root;
  return field ? `${field}${separator}${issue.message}` : issue.message;
}

/** Every issue, one line each. */
export function describeIssues(error: z.ZodError, options?: Options): string[] {
  return error.issues.map((issue) => describeIssue(issue, options));
}

/** The first issue, or `whenNone` when zod named none. */
export function describeFirstIssue(error: z.ZodError, whenNone: string): string {
  const issue = error.issues[0];
  return issue ? describeIssue(issue) : whenNone;
}
