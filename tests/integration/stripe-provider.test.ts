// The Stripe provider against a small local fake of Stripe's API (the edge of the world we cannot reach in tests):
// what it sends to Stripe, and how it reads real events signed the way Stripe signs them.
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PaymentProvider, WebhookSignatureError } from "../../lib/payments/payment-provider";
import { createStripeProvider } from "../../lib/payments/stripe-provider";

type Received = { method: string; path: string; headers: IncomingMessage["headers"]; form: URLSearchParams };

const WEBHOOK_SECRET = "whsec_test_consilium_stripe_provider";
const received: Received[] = [];
let server: Server;
let provider: PaymentProvider;

function reply(request: Received): { status: number; body: unknown } {
  if (request.method === "POST" && request.path === "/v1/checkout/sessions") {
    return {
      status: 200,
      body: { id: "cs_test_123", object: "checkout.session", url: "https://checkout.stripe.com/c/pay/cs_test_123" },
    };
  }
  if (request.method === "GET" && request.path === "/v1/checkout/sessions/cs_test_123") {
    return { status: 200, body: { id: "cs_test_123", object: "checkout.session", payment_intent: "pi_test_9" } };
  }
  if (request.method === "GET" && request.path.startsWith("/v1/checkout/sessions?")) {
    return {
      status: 200,
      body: {
        object: "list",
        url: "/v1/checkout/sessions",
        has_more: false,
        data: [{ id: "cs_test_old", object: "checkout.session", client_reference_id: "pay_from_lookup" }],
      },
    };
  }
  if (request.method === "POST" && request.path === "/v1/checkout/sessions/cs_test_123/expire") {
    return { status: 200, body: { id: "cs_test_123", object: "checkout.session", status: "expired" } };
  }
  if (request.method === "POST" && request.path === "/v1/checkout/sessions/cs_test_paid/expire") {
    return {
      status: 400,
      body: {
        error: {
          type: "invalid_request_error",
          message: 'Only Checkout Sessions with a status in ["open"] can be expired.',
        },
      },
    };
  }
  if (request.method === "POST" && request.path === "/v1/checkout/sessions/cs_test_down/expire") {
    return { status: 500, body: { error: { type: "api_error", message: "Stripe is having a bad day (fake)." } } };
  }
  if (request.method === "POST" && request.path === "/v1/refunds") {
    return { status: 200, body: { id: "re_test_77", object: "refund", status: "succeeded" } };
  }
  return { status: 404, body: { error: { type: "invalid_request_error", message: "unknown path in the fake" } } };
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry: Received = {
      method: request.method ?? "",
      path: request.url ?? "",
      headers: request.headers,
      form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")),
    };
    received.push(entry);
    const { status, body } = reply(entry);
    response.writeHead(status, { "content-type": "application/json", "request-id": "req_fake" });
    response.end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  provider = createStripeProvider({
    secretKey: "sk_test_fake",
    webhookSecret: WEBHOOK_SECRET,
    host: "127.0.0.1",
    port: (server.address() as AddressInfo).port,
    protocol: "http",
  });
});

afterAll(async () => {
  server.close();
});

describe("createStripeProvider", () => {
  it("opens a Checkout Session with the amount in minor units, our ids and the idempotency key", async () => {
    received.length = 0;
    const checkout = await provider.createCheckout({
      paymentId: "pay_1",
      consultationId: "con_1",
      amountMinor: 3500,
      currency: "EUR",
      description: "Private consultation with Dr. Daniel Hartmann",
      successUrl: "https://consilium.test/consultations/con_1?payment=done",
      cancelUrl: "https://consilium.test/consultations/con_1?payment=canceled",
      idempotencyKey: "checkout-abc",
    });

    expect(checkout).toEqual({
      externalId: "cs_test_123",
      checkoutUrl: "https://checkout.stripe.com/c/pay/cs_test_123",
    });
    expect(received).toHaveLength(1);
    const request = received[0] as Received;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/checkout/sessions");
    expect(request.headers["idempotency-key"]).toBe("checkout-abc");
    expect(request.headers.authorization).toBe("Bearer sk_test_fake");
    expect(Object.fromEntries(request.form)).toMatchObject({
      mode: "payment",
      client_reference_id: "pay_1",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "eur",
      "line_items[0][price_data][unit_amount]": "3500",
      "line_items[0][price_data][product_data][name]": "Private consultation with Dr. Daniel Hartmann",
      "metadata[paymentId]": "pay_1",
      "metadata[consultationId]": "con_1",
      "payment_intent_data[metadata][paymentId]": "pay_1",
      success_url: "https://consilium.test/consultations/con_1?payment=done",
      cancel_url: "https://consilium.test/consultations/con_1?payment=canceled",
    });
  });

  it("expires an open Checkout Session, and leaves one Stripe will no longer expire (already paid) alone", async () => {
    received.length = 0;
    await provider.expireCheckout("cs_test_123");
    await provider.expireCheckout("cs_test_paid");
    expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
      "POST /v1/checkout/sessions/cs_test_123/expire",
      "POST /v1/checkout/sessions/cs_test_paid/expire",
    ]);
    // Any other failure (Stripe down, after the client's retries) is an error the caller logs.
    await expect(provider.expireCheckout("cs_test_down")).rejects.toThrow("bad day");
  });

  it("refunds the session's payment intent with the idempotency key", async () => {
    received.length = 0;
    const result = await provider.refund({
      externalId: "cs_test_123",
      paymentId: "pay_1",
      amountMinor: 3500,
      idempotencyKey: "refund-pay_1",
    });
    expect(result).toEqual({ refundExternalId: "re_test_77" });
    expect(received.map((request) => `${request.method} ${request.path}`)).toEqual([
      "GET /v1/checkout/sessions/cs_test_123",
      "POST /v1/refunds",
    ]);
    const refund = received[1] as Received;
    expect(refund.headers["idempotency-key"]).toBe("refund-pay_1");
    expect(refund.form.get("payment_intent")).toBe("pi_test_9");
    expect(refund.form.get("amount")).toBe("3500");
  });
});

describe("verifyWebhook", () => {
  const session = (extra: Record<string, unknown> = {}) => ({
    id: "cs_test_123",
    object: "checkout.session",
    client_reference_id: "pay_1",
    metadata: { paymentId: "pay_1", consultationId: "con_1" },
    payment_status: "paid",
    ...extra,
  });
  const signed = (type: string, object: Record<string, unknown>, timestamp?: number) => {
    const payload = JSON.stringify({ id: `evt_${type}`, object: "event", type, created: 1, data: { object } });
    return {
      payload,
      header: Stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET, timestamp }),
    };
  };
  const verify = async (type: string, object: Record<string, unknown>) => {
    const { payload, header } = signed(type, object);
    const event = await provider.verifyWebhook(payload, header);
    return { type: event.type, paymentId: event.paymentId, eventId: event.eventId };
  };

  it("maps Stripe's events to ours, with our payment id", async () => {
    expect(await verify("checkout.session.completed", session())).toEqual({
      type: "payment.succeeded",
      paymentId: "pay_1",
      eventId: "evt_checkout.session.completed",
    });
    expect((await verify("checkout.session.completed", session({ payment_status: "unpaid" }))).type).toBe("ignored");
    expect((await verify("checkout.session.async_payment_succeeded", session())).type).toBe("payment.succeeded");
    expect((await verify("checkout.session.async_payment_failed", session())).type).toBe("payment.failed");
    expect((await verify("checkout.session.expired", session())).type).toBe("payment.canceled");
    expect(
      await verify("charge.refunded", {
        id: "ch_1",
        object: "charge",
        refunded: true,
        metadata: { paymentId: "pay_1" },
      }),
    ).toMatchObject({
      type: "payment.refunded",
      paymentId: "pay_1",
    });
    expect(
      (
        await verify("charge.refunded", {
          id: "ch_1",
          object: "charge",
          refunded: false,
          metadata: { paymentId: "pay_1" },
        })
      ).type,
    ).toBe("ignored");
    expect((await verify("customer.created", { id: "cus_1", object: "customer" })).type).toBe("ignored");
  });

  it("finds the payment of a refunded charge without metadata through its checkout session", async () => {
    received.length = 0;
    const event = await verify("charge.refunded", {
      id: "ch_2",
      object: "charge",
      refunded: true,
      metadata: {},
      payment_intent: "pi_old",
    });
    expect(event).toMatchObject({ type: "payment.refunded", paymentId: "pay_from_lookup" });
    expect(received[0]?.path).toBe("/v1/checkout/sessions?payment_intent=pi_old&limit=1");
  });

  it("refuses a wrong secret, a changed body, a missing header and a timestamp older than 300 s", async () => {
    const { payload, header } = signed("checkout.session.completed", session());
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_not_ours" });
    const stale = signed("checkout.session.completed", session(), Math.floor(Date.now() / 1000) - 301);
    const attempts: [string, string | null][] = [
      [payload, forged],
      [payload.replace("pay_1", "pay_2"), header],
      [payload, null],
      [stale.payload, stale.header],
    ];
    for (const [body, signature] of attempts) {
      await expect(provider.verifyWebhook(body, signature)).rejects.toBeInstanceOf(WebhookSignatureError);
    }
    const fresh = signed("checkout.session.completed", session(), Math.floor(Date.now() / 1000) - 250);
    expect((await provider.verifyWebhook(fresh.payload, fresh.header)).type).toBe("payment.succeeded");
  });
});
