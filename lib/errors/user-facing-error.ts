// The one error type whose message is written for the person at the screen. Domain functions
// throw it for refusals a user can act on; defineAction (lib/auth/action.ts) shows its message
// and field errors, and every other error stays a server error (logged, never shown).
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}
