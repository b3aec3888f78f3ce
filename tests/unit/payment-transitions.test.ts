// How a payment may move, and how money reads on a page.
import { describe, expect, it } from "vitest";
import type { PaymentState } from "../../lib/generated/prisma/enums";
import { formatMoney } from "../../lib/payments/format-money";
import { canMovePayment, PAYMENT_TRANSITIONS } from "../../lib/payments/payment-transitions";

const ALL: PaymentState[] = ["CREATED", "PENDING", "SUCCEEDED", "FAILED", "CANCELED", "REFUNDED"];

describe("canMovePayment", () => {
  it("opens checkouts and settles them from CREATED and PENDING", () => {
    for (const from of ["CREATED", "PENDING"] as const) {
      for (const to of ["SUCCEEDED", "FAILED", "CANCELED", "REFUNDED"] as const)
        expect(canMovePayment(from, to)).toBe(true);
    }
    expect(canMovePayment("CREATED", "PENDING")).toBe(true);
    expect(canMovePayment("PENDING", "CREATED")).toBe(false);
  });

  it("lets a declined or abandoned payment still succeed (the money was taken), but nothing else go back", () => {
    expect(canMovePayment("FAILED", "SUCCEEDED")).toBe(true);
    expect(canMovePayment("CANCELED", "SUCCEEDED")).toBe(true);
    expect(canMovePayment("FAILED", "PENDING")).toBe(false);
    expect(canMovePayment("CANCELED", "FAILED")).toBe(false);
  });

  it("never un-pays a payment: a late failure or cancelation after success changes nothing", () => {
    expect(PAYMENT_TRANSITIONS.SUCCEEDED).toEqual(["REFUNDED"]);
    for (const to of ALL.filter((state) => state !== "REFUNDED")) expect(canMovePayment("SUCCEEDED", to)).toBe(false);
  });

  it("keeps REFUNDED final", () => {
    for (const to of ALL) expect(canMovePayment("REFUNDED", to)).toBe(false);
  });

  it("has no transition to the same state", () => {
    for (const state of ALL) expect(canMovePayment(state, state)).toBe(false);
  });
});

describe("formatMoney", () => {
  it("shows minor units with two decimals and the currency code", () => {
    expect(formatMoney(3500, "EUR")).toBe("35.00 EUR");
    expect(formatMoney(3550, "usd")).toBe("35.50 USD");
    expect(formatMoney(5, "GBP")).toBe("0.05 GBP");
    expect(formatMoney(100_000, "EUR")).toBe("1,000.00 EUR");
    expect(formatMoney(0, "EUR")).toBe("0.00 EUR");
  });
});
