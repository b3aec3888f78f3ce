import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";

export default function DoctorNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface px-6 py-12 text-center">
      <title>Doctor not found · Consilium</title>
      <SearchX aria-hidden="true" className="size-10 text-muted" />
      <h1 className="text-2xl font-bold">We could not find this doctor</h1>
      <p className="max-w-prose text-muted">
        Only doctors whose credentials an administrator has verified have a public profile. The link may also be
        incomplete.
      </p>
      <ButtonLink href="/" variant="secondary">
        See the latest questions
      </ButtonLink>
    </div>
  );
}
