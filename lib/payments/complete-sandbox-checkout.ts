// The sandbox payer confirms or declines. Like Stripe's hosted page, it does not touch our rows itself: it signs a
// Stripe-shaped event and delivers it to the webhook route over HTTP, the very path Stripe's events take.
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import { getSandboxCheckout } from "./get-sandbox-checkout";
import { OPEN_PAYMENT_STATES } from "./payment-transitions";
import { sandboxSessionEvent, signSandboxEvent } from "./sandbox-events";

export type SandboxOutcome = "pay" | "decline";

/** Sends a signed body to the webhook; returns the HTTP status. Tests pass the route handler itself. */
export type DeliverWebhook = (rawBody: string, signature: string) => Promise<number>;

const deliverOverHttp: DeliverWebhook = async (rawBody, signature) => {
  const url = `${env().NEXTAUTH_URL.replace(/\/+$/, "")}/api/payments/webhook`;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: rawBody,
    signal: AbortSignal.timeout(15_000),
  });
  return response.status;
};

export async function completeSandboxCheckout(options: {
  actor: Actor | null;
  paymentId: string;
  outcome: SandboxOutcome;
  deliver?: DeliverWebhook;
}): Promise<{ consultationId: string }> {
  const { actor, paymentId, outcome, deliver = deliverOverHttp } = options;
  const checkout = await getSandboxCheckout({ actor, paymentId });
  if (checkout.state === "SUCCEEDED") return { consultationId: checkout.consultationId };
  if (!OPEN_PAYMENT_STATES.includes(checkout.state)) {
    throw new DomainError(
      "CONFLICT",
      "This payment attempt is over. Open your consultation to pay again; nothing you wrote is lost.",
    );
  }
  const payment = await db().payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { id: true, consultationId: true, externalId: true, amountMinor: true, currency: true },
  });
  const event = sandboxSessionEvent(
    outcome === "pay" ? "checkout.session.completed" : "checkout.session.async_payment_failed",
    payment,
  );
  const { rawBody, signature } = signSandboxEvent(event);
  const status = await deliver(rawBody, signature);
  if (status !== 200) throw new Error(`the payment webhook answered ${status} to the sandbox checkout`);
  return { consultationId: checkout.consultationId };
}
