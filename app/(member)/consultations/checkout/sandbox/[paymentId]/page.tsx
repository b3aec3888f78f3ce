import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SandboxCheckoutForm } from "@/components/payments/sandbox-checkout-form";
import { personName } from "@/components/questions/labels";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/session";
import { isDomainError } from "@/lib/errors";
import { formatMoney } from "@/lib/payments/format-money";
import { getSandboxCheckout } from "@/lib/payments/get-sandbox-checkout";
import { OPEN_PAYMENT_STATES } from "@/lib/payments/payment-transitions";

export const metadata: Metadata = { title: "Sandbox checkout", robots: { index: false, follow: false } };

type SandboxCheckoutPageProps = { params: Promise<{ paymentId: string }> };

// The sandbox provider's payment page: the patient confirms or declines, and a signed event goes to the same webhook
// Stripe would call. Only the patient who owes the payment sees it; everyone else gets a 404.
export default async function SandboxCheckoutPage({ params }: SandboxCheckoutPageProps) {
  const { paymentId } = await params;
  const actor = await requireUser(`/consultations/checkout/sandbox/${encodeURIComponent(paymentId)}`);
  let checkout: Awaited<ReturnType<typeof getSandboxCheckout>>;
  try {
    checkout = await getSandboxCheckout({ actor, paymentId });
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const amount = formatMoney(checkout.amountMinor, checkout.currency);
  const doctorName = personName(checkout.doctorName, "DOCTOR");
  const consultationHref = `/consultations/${encodeURIComponent(checkout.consultationId)}`;
  const open = OPEN_PAYMENT_STATES.includes(checkout.state);

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">Pay for your consultation</h1>
        <p className="mt-2 text-muted">Test checkout: no real money moves here.</p>
      </div>
      <dl className="grid grid-cols-1 gap-3 rounded-xl border border-line bg-surface p-4 sm:grid-cols-[auto_1fr] sm:gap-x-6 sm:p-6">
        <dt className="font-semibold">Doctor</dt>
        <dd>{doctorName}</dd>
        <dt className="font-semibold">Subject</dt>
        <dd className="break-words">{checkout.subject}</dd>
        <dt className="font-semibold">Amount</dt>
        <dd className="text-xl font-bold">{amount}</dd>
      </dl>
      {open ? (
        <SandboxCheckoutForm paymentId={checkout.paymentId} amount={amount} />
      ) : (
        <Alert tone="info" title={checkout.state === "SUCCEEDED" ? "Already paid" : "This payment attempt is over"}>
          <p>
            {checkout.state === "SUCCEEDED"
              ? "This payment went through."
              : "Open your consultation to pay again; nothing you wrote is lost."}{" "}
            <Link href={consultationHref}>Go to your consultation</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
