import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NewConsultationNotFound() {
  return (
    <NotFoundPanel title="Doctor not found" heading="We could not find this doctor">
      Private consultations are offered only by doctors whose credentials an administrator has verified. Nothing was
      booked and nothing is charged.
    </NotFoundPanel>
  );
}
