import Link from "next/link";
import { SpecialtyFilterForm } from "@/components/ui/specialty-filter-form";
import type { SpecialtyOption } from "@/lib/specialties/list-specialties";

type QuestionFiltersProps = {
  show: "latest" | "unanswered";
  specialty?: string;
  specialties: SpecialtyOption[];
};

function href(show: "latest" | "unanswered", specialty?: string) {
  const params = new URLSearchParams();
  if (show === "unanswered") params.set("show", "unanswered");
  if (specialty) params.set("specialty", specialty);
  const query = params.toString();
  return query ? `/?${query}` : "/";
}

const TAB = "inline-flex min-h-11 items-center rounded-lg px-3 font-semibold no-underline";

/** Latest / unanswered, and a specialty: plain links and a GET form, so it works without JavaScript. */
export function QuestionFilters({ show, specialty, specialties }: QuestionFiltersProps) {
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <nav aria-label="Which questions" className="flex gap-1">
        {(["latest", "unanswered"] as const).map((tab) => (
          <Link
            key={tab}
            href={href(tab, specialty)}
            aria-current={show === tab ? "page" : undefined}
            className={`${TAB} ${show === tab ? "bg-brand text-white hover:text-white" : "border border-field bg-surface text-ink"}`}
          >
            {tab === "latest" ? "Latest" : "Unanswered"}
          </Link>
        ))}
      </nav>
      <SpecialtyFilterForm
        action="/"
        specialties={specialties}
        selected={specialty}
        hidden={show === "unanswered" ? { show: "unanswered" } : {}}
      />
    </div>
  );
}
