import { expect } from "vitest";
import { DomainError } from "../../lib/errors";

/** Awaits a promise that must fail with a DomainError, and returns that error for further checks. */
export async function failureOf(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}
