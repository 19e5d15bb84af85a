// Errors of the Shop API as RFC 9457 problem details (`application/problem+json`): a type
// URI per kind, a title, the status, a detail in words and, for input, one entry per field.
import type { z } from "zod";

export const PROBLEM_MEDIA_TYPE = "application/problem+json";

/** One field's problem: its path in the body or query ("cart_items.0.unit_price"), in words. */
export type FieldProblem = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
};

/** The kinds of problem, by the last part of their type URI. */
export const PROBLEM_TITLES = {
  "invalid-request": "The request is not valid",
  unauthorized: "Not authenticated",
  forbidden: "Not allowed with this key",
  "not-found": "Not found",
  "unsupported-media-type": "Send JSON",
  "payload-too-large": "The body is too large",
  conflict: "Conflict",
  "idempotency-key-reused": "The Idempotency-Key was used for another request",
  "idempotency-key-in-use": "A request with this Idempotency-Key is still running",
  "provider-refused": "WeGetFinancing refused the request",
  "provider-unavailable": "WeGetFinancing could not be reached",
  "not-configured": "The desk is not configured for this",
  "server-error": "Something went wrong on the desk",
} as const;

export type ProblemKind = keyof typeof PROBLEM_TITLES;

/** Thrown anywhere under a Shop API route; the route wrapper answers it. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldProblem[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = "ProblemError";
  }
}

export function problemBody(status: number, kind: ProblemKind, detail: string, errors?: FieldProblem[]): Problem {
  return {
    type: `/api/v1/problems/${kind}`,
    title: PROBLEM_TITLES[kind],
    status,
    detail,
    ...(errors?.length ? { errors } : {}),
  };
}

export function problemResponse(error: ProblemError): Response {
  return Response.json(problemBody(error.status, error.kind, error.detail, error.errors), {
    status: error.status,
    headers: { "content-type": PROBLEM_MEDIA_TYPE, ...error.headers },
  });
}

/** zod's issues as field problems, each path spelled the way the client named the field. */
export function fieldProblems(error: z.ZodError, rename: (path: PropertyKey[]) => string = dotted): FieldProblem[] {
  return error.issues.map((issue) => ({ path: rename(issue.path), message: issue.message }));
}

export function dotted(path: PropertyKey[]): string {
  return path.map(String).join(".");
}

export function invalidRequest(error: z.ZodError, detail: string, rename?: (path: PropertyKey[]) => string) {
  return new ProblemError(400, "invalid-request", detail, fieldProblems(error, rename));
}
