import { describe, expect, it } from "vitest";
import { ZSignUp } from "../../lib/validation/account";
import { fieldErrorsOf } from "../../lib/validation/field-errors";

function errorsOf(input: unknown): Record<string, string[]> {
  const result = ZSignUp.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return fieldErrorsOf(result.error);
}

const doctor = {
  accountType: "doctor",
  name: "Dr. Ada Quist",
  email: "ada@example.test",
  password: "long enough password",
  specialtyIds: ["1"],
  university: "University of Bergen",
  yearsOfExperience: "7",
  licenseNumber: "NO-7788",
};

describe("ZSignUp", () => {
  it("accepts a complete doctor and normalises the e-mail", () => {
    const parsed = ZSignUp.parse({ ...doctor, email: " Ada@Example.TEST " });
    expect(parsed).toMatchObject({ email: "ada@example.test", yearsOfExperience: 7, specialtyIds: [1] });
  });

  it("treats an empty years-of-experience box as missing, not as 0 years", () => {
    const result = errorsOf({ ...doctor, yearsOfExperience: "" });
    expect(result.yearsOfExperience).toEqual(["Enter your years of experience as a number."]);
  });

  it("explains missing doctor fields in plain words", () => {
    const { university: _u, licenseNumber: _l, ...withoutCredentials } = doctor;
    const result = errorsOf(withoutCredentials);
    expect(result).toMatchObject({
      university: ["Enter the university you graduated from."],
      licenseNumber: ["Enter your licence or registration number."],
    });
  });

  it("refuses weak passwords with a reason", () => {
    const short = errorsOf({
      accountType: "patient",
      name: "Bo",
      email: "bo@example.test",
      password: "short",
    });
    expect(short.password?.[0]).toMatch(/at least 10 characters/);
    const repetitive = errorsOf({
      accountType: "patient",
      name: "Bo",
      email: "bo@example.test",
      password: "aaaaaaaaaaaa",
    });
    expect(repetitive.password?.[0]).toMatch(/too easy to guess/);
  });

  it("asks which kind of account when the choice is missing", () => {
    const result = errorsOf({ name: "Bo", email: "bo@example.test", password: "long enough password" });
    expect(result.accountType).toEqual(["Choose whether you are a patient or a doctor."]);
  });
});
