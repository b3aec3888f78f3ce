import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DomainError } from "../../lib/errors";
import { CORRECT_FIELDS, parseInput } from "../../lib/validation/parse-input";

const ZExample = z.object({ title: z.string().trim().min(3, "Too short."), stars: z.coerce.number().int() });

describe("parseInput", () => {
  it("returns the schema's output", () => {
    expect(parseInput(ZExample, { title: "  Back pain ", stars: "4" })).toEqual({ title: "Back pain", stars: 4 });
  });

  it("refuses anything else as INVALID, with every field's messages and the sentence asked for", () => {
    const attempt = (message?: string) => {
      try {
        parseInput(ZExample, { title: "x" }, message);
      } catch (error) {
        return error;
      }
      throw new Error("parseInput accepted invalid input");
    };
    const error = attempt();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: "INVALID", message: CORRECT_FIELDS });
    const { fieldErrors } = error as DomainError;
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(["stars", "title"]);
    expect(fieldErrors?.title).toEqual(["Too short."]);
    expect(attempt("Choose from 1 to 5 stars.")).toMatchObject({ message: "Choose from 1 to 5 stars." });
  });
});
