// What the sandbox checkout page shows: only to the patient who owes the payment, and only while the sandbox is the
// configured provider. Anyone else gets "not found".
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { env } from "../env";
import { DomainError } from "../errors";
import type { PaymentState } from "../generated/prisma/enums";

export type SandboxCheckout = {
  paymentId: string;
  consultationId: string;
  subject: string;
  doctorName: string;
  amountMinor: number;
  currency: string;
  state: PaymentState;
};

export const SANDBOX_CHECKOUT_NOT_FOUND = "This checkout does not exist.";

export async function getSandboxCheckout(options: {
  actor: Actor | null;
  paymentId: string;
}): Promise<SandboxCheckout> {
  const { actor, paymentId } = options;
  const payment =
    paymentId.length <= 40
      ? await db().payment.findUnique({
          where: { id: paymentId },
          select: {
            id: true,
            provider: true,
            amountMinor: true,
            currency: true,
            state: true,
            consultation: {
              select: { id: true, patientId: true, subject: true, doctor: { select: { name: true } } },
            },
          },
        })
      : null;
  if (
    !payment ||
    !actor ||
    payment.provider !== "sandbox" ||
    env().PAYMENT_PROVIDER !== "sandbox" ||
    payment.consultation.patientId !== actor.id
  ) {
    throw new DomainError("NOT_FOUND", SANDBOX_CHECKOUT_NOT_FOUND);
  }
  return {
    paymentId: payment.id,
    consultationId: payment.consultation.id,
    subject: payment.consultation.subject,
    doctorName: payment.consultation.doctor.name,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    state: payment.state,
  };
}
