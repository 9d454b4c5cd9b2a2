/** claimtrail's small typology of errors: each carries what a user needs to act (the file, the article, the reason). */

export type ErrorCode = "INPUT" | "NOT_FOUND" | "CONFLICT" | "TOO_LARGE" | "FORBIDDEN" | "RATE_LIMITED" | "UNAUTHORIZED" | "MISDIRECTED";

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

/** A write that would duplicate or contradict what is stored (a duplicate article, an id in use); `context.existing` names the stored one. */
export class ConflictError extends ClaimtrailError {
  constructor(component: string, message: string, context: Record<string, unknown> = {}) {
    super("CONFLICT", component, message, context);
    this.name = "ConflictError";
  }
}

/** Input above a size bound (a request body, an upload, a fetched page). */
export class TooLargeError extends ClaimtrailError {
  constructor(component: string, message: string, context: Record<string, unknown> = {}) {
    super("TOO_LARGE", component, message, context);
    this.name = "TooLargeError";
  }
}

/** An action this server or address is not allowed to perform (read-only mode, a refused network address). */
export class ForbiddenError extends ClaimtrailError {
  constructor(component: string, message: string, context: Record<string, unknown> = {}) {
    super("FORBIDDEN", component, message, context);
    this.name = "ForbiddenError";
  }
}

export function isClaimtrailError(e: unknown): e is ClaimtrailError {
  return e instanceof ClaimtrailError;
}
