import { Badge, type BadgeTone } from "@/components/ui/badge";
import { describeConsultationState } from "@/lib/consultations/consultation-transitions";
import type { ConsultationView } from "@/lib/consultations/consultation-view";

type ConsultationState = ConsultationView["state"];

const TONES: Record<ConsultationState, BadgeTone> = {
  AWAITING_PAYMENT: "warning",
  ACTIVE: "brand",
  ANSWERED: "success",
  CLOSED: "neutral",
  REFUNDED: "neutral",
  EXPIRED: "neutral",
};

/** The state in words ("waiting for the doctor's answer"), capitalised for a badge. */
export function ConsultationStateBadge({ state }: { state: ConsultationState }) {
  const words = describeConsultationState(state);
  return <Badge tone={TONES[state]}>{words.charAt(0).toUpperCase() + words.slice(1)}</Badge>;
}
