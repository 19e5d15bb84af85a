// The outcome of a form: success in a polite status region, failure in an alert.
// Both regions are always rendered so screen readers notice when text appears.
import type { ActionState } from "@/lib/auth/action";

export function FormMessage({ state, className = "" }: { state: ActionState<unknown>; className?: string }) {
  const ok = state.status === "ok" ? state.message : undefined;
  const error = state.status === "error" ? (state.message ?? "Something went wrong.") : undefined;
  return (
    <div className={className}>
      <p
        role="status"
        className={
          ok ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200 ring-inset" : "sr-only"
        }
      >
        {ok}
      </p>
      <p
        role="alert"
        className={
          error ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200 ring-inset" : "sr-only"
        }
      >
        {error}
      </p>
    </div>
  );
}
