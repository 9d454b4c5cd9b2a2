/** claimtrail's small typology of errors: each carries what a user needs to act (the file, the article, the reason). */

export type ErrorCode = "INPUT" | "NOT_FOUND" | "CONFLICT" | "TOO_LARGE" | "FORBIDDEN" | "RATE_LIMITED";

/** Base class: `component` names the stage ("ingest", "server"), the message says fault and expectation. */
export class ClaimtrailError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly component: string,
    message: string,
    readonly context: Record<string, unknown> = {},
  ) {
    super(`${component}: ${message}`);
    this.name = "ClaimtrailError";
  }
}

/** Bad user input: a file, a request body, a case folder. */
export class InputError extends ClaimtrailError {
  constructor(component: string, message: string, context: Record<string, unknown> = {}) {
    super("INPUT", component, message, context);
    this.name = "InputError";
  }
}

/** A case, article or node that does not exist. */
export class NotFoundError extends ClaimtrailError {
  constructor(component: string, message: string, context: Record<string, unknown> = {}) {
    super("NOT_FOUND", component, message, context);
    this.name = "NotFoundError";
  }
}

export function isClaimtrailError(e: unknown): e is ClaimtrailError {
  return e instanceof ClaimtrailError;
}
