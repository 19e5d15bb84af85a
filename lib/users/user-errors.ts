/** A user change refused for a reason the person can act on. */
export class UserChangeError extends Error {}
