import { SearchX } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";

export default function NewConsultationNotFound() {
  return (
    <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface px-6 py-12 text-center">
      <title>Doctor not found · Consilium</title>
      <SearchX aria-hidden="true" className="size-10 text-muted" />
      <h1 className="text-2xl font-bold">We could not find this doctor</h1>
      <p className="max-w-prose text-muted">
        Private consultations are offered only by doctors whose credentials an administrator has verified. Nothing was
        booked and nothing is charged.
      </p>
      <ButtonLink href="/" variant="secondary">
        See the latest questions
      </ButtonLink>
    </div>
  );
}
