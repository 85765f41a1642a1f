/** The refusals and failures the domain can raise; `app/` maps `code` to an HTTP status in one place. */
export type AppErrorCode =
  | "unauthorized"
  | "not_found"
  | "forbidden"
  /** Signed in with a one-time password that must be changed first (403). */
  | "password_change_required"
  | "invalid_input"
  | "conflict"
  | "too_large"
  | "rate_limited"
  /** The database is held by another writer (an import storing its rows) for longer than a write waits: retry. */
  | "busy";

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthorized: 401,
  not_found: 404,
  forbidden: 403,
  password_change_required: 403,
  invalid_input: 400,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  busy: 503,
};

export const BUSY_MESSAGE = "The project is busy with an import; try again in a moment. Nothing was changed.";

/** SQLite's "database is locked" (SQLITE_BUSY and its variants), also when wrapped by drizzle as a cause. */
export function isBusyError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_BUSY")) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

/** The retryable AppError "busy" for a write that could not get the database in time; other errors unchanged. */
export function busyAsAppError(error: unknown): unknown {
  return isBusyError(error) ? new AppError("busy", BUSY_MESSAGE) : error;
}
