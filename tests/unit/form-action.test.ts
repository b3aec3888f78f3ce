import { afterEach, describe, expect, it, vi } from "vitest";
import { failureOf } from "../../app/_lib/form-action";
import { DomainError } from "../../lib/errors";

const options = { what: "asking a question", context: { questionId: 7 }, values: { title: "Back pain" } };

describe("failureOf: the one failure shape of every form action", () => {
  afterEach(() => vi.restoreAllMocks());

  it("gives a DomainError's code, message and field errors back with what the form sent", () => {
    const error = new DomainError("INVALID", "Please correct the highlighted fields.", { title: ["Too short."] });
    expect(failureOf(error, options)).toEqual({
      ok: false,
      code: "INVALID",
      message: "Please correct the highlighted fields.",
      fieldErrors: { title: ["Too short."] },
      values: { title: "Back pain" },
    });
  });

  it("logs anything else with its context and answers a generic sentence, never the error's own message", () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const failure = failureOf(new Error('relation "Question" does not exist'), options);
    expect(failure).toMatchObject({ ok: false, code: "UNEXPECTED", fieldErrors: {}, values: { title: "Back pain" } });
    expect(failure.message).toMatch(/problem on our side/);
    expect(failure.message).not.toMatch(/relation|Question/);
    expect(logged).toHaveBeenCalledWith("asking a question failed unexpectedly", { questionId: 7 }, expect.any(Error));
  });

  it("says what the form asks for when it has its own sentence", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const unexpected = "The payment could not be completed. Nothing was charged: please try again.";
    expect(failureOf("boom", { ...options, unexpected }).message).toBe(unexpected);
  });
});
