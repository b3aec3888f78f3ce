// The offer form's price: what a doctor types is stored in minor units, and what the form shows reads back the same.
import { describe, expect, it } from "vitest";
import { priceInputValue, ZConsultationOffer } from "../../lib/validation/consultation";

const priceMinorOf = (price: string | undefined, offersConsultations = true) => {
  const parsed = ZConsultationOffer.safeParse({ offersConsultations, price });
  return parsed.success ? parsed.data.priceMinor : parsed.error.issues.map((issue) => issue.message);
};

describe("ZConsultationOffer", () => {
  it("reads major units with a point or a comma into integer minor units", () => {
    expect(priceMinorOf("35")).toBe(3500);
    expect(priceMinorOf("35.5")).toBe(3550);
    expect(priceMinorOf("35,50")).toBe(3550);
    expect(priceMinorOf("0.29", false)).toEqual(["Choose a price from 1.00 to 1,000.00."]);
    expect(priceMinorOf("1000.01")).toEqual(["Choose a price from 1.00 to 1,000.00."]);
    expect(priceMinorOf("35.555")).toEqual(["Enter the price as a number, for example 35 or 35.50."]);
    expect(priceMinorOf(undefined)).toEqual(["Set a price to offer private consultations."]);
    expect(priceMinorOf(undefined, false)).toBeUndefined();
  });
});

describe("priceInputValue", () => {
  it("shows two decimals, and every allowed price reads back to itself", () => {
    expect(priceInputValue(3500)).toBe("35.00");
    expect(priceInputValue(null)).toBe("");
    for (let priceMinor = 100; priceMinor <= 100_000; priceMinor += 1) {
      if (priceMinorOf(priceInputValue(priceMinor)) !== priceMinor) throw new Error(`${priceMinor} does not read back`);
    }
  });
});
