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
  | "rate_limited";

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
};
