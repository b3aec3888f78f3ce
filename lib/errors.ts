// Expected failures a user may be told about. Anything that is not a DomainError is a bug: adapters
// log it with context and show a generic message.

export type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "INVALID" | "RATE_LIMITED" | "PAYMENT_REQUIRED";

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** Messages per form field, for INVALID and CONFLICT errors that belong next to a field. */
  readonly fieldErrors: Record<string, string[]>;

  constructor(code: DomainErrorCode, message: string, fieldErrors: Record<string, string[]> = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const HTTP_STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
  PAYMENT_REQUIRED: 402,
};
