import { MessageCircleHeart } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { formatMoney } from "@/lib/payments/format-money";

type ConsultPrivatelyLinkProps = {
  doctorId: string;
  offer: { priceMinor: number; currency: string };
  /** The public question the patient comes from, carried into the consultation. */
  questionId?: number;
  variant?: "primary" | "secondary";
  /** Extra words for screen readers when several such links share a page: "with Dr. X". */
  context?: string;
};

/** "Consult privately — 35.00 EUR": to the start form of a paid private consultation with this doctor. */
export function ConsultPrivatelyLink({
  doctorId,
  offer,
  questionId,
  variant = "secondary",
  context,
}: ConsultPrivatelyLinkProps) {
  const query = new URLSearchParams({ doctor: doctorId });
  if (questionId !== undefined) query.set("question", String(questionId));
  return (
    <ButtonLink href={`/consultations/new?${query}`} variant={variant} size={variant === "primary" ? "md" : "sm"}>
      <MessageCircleHeart aria-hidden="true" className="size-4" />
      Consult privately
      {context && <span className="sr-only"> {context}</span>} — {formatMoney(offer.priceMinor, offer.currency)}
    </ButtonLink>
  );
}
