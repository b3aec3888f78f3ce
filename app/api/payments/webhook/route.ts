// POST /api/payments/webhook — the payment provider's events (Stripe's, or the sandbox checkout's, signed the same
// way). 200 { received: true } once applied (or seen before); 400 for a bad signature; 500 makes the provider retry.
import { readLimitedBody } from "@/lib/attachments/read-limited-body";
import { receivePaymentWebhook } from "@/lib/consultations/receive-payment-webhook";
import { isDomainError } from "@/lib/errors";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Stripe's checkout and charge events are a few kilobytes. */
const MAX_BODY_BYTES = 64 * 1024;

export async function POST(request: Request) {
  const bytes = await readLimitedBody(request.body, MAX_BODY_BYTES);
  if (!bytes) return Response.json({ error: "The event is too large." }, { status: 413 });
  try {
    // The signature covers the exact bytes sent: verify the raw text, never a re-serialised copy.
    const { status } = await receivePaymentWebhook({ rawBody: bytes.toString("utf8"), headers: request.headers });
    return Response.json({ received: true, status });
  } catch (error) {
    if (isDomainError(error) && error.code === "INVALID")
      return Response.json({ error: error.message }, { status: 400 });
    console.error("payment webhook failed; the provider will retry", { error });
    return Response.json({ error: "The event could not be processed." }, { status: 500 });
  }
}
