import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function DoctorNotFound() {
  return (
    <NotFoundPanel title="Doctor not found" heading="We could not find this doctor">
      Only doctors whose credentials an administrator has verified have a public profile. The link may also be
      incomplete.
    </NotFoundPanel>
  );
}
