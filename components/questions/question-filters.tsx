import Link from "next/link";
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
      <form action="/" method="get" className="flex min-w-0 items-end gap-2">
        {show === "unanswered" && <input type="hidden" name="show" value="unanswered" />}
        <label className="flex min-w-0 flex-1 flex-col gap-1">
          <span className="font-semibold">Specialty</span>
          <select
            name="specialty"
            defaultValue={specialty ?? ""}
            className="min-h-11 w-full min-w-0 rounded-lg border border-field bg-surface px-3 text-base text-ink sm:w-auto"
          >
            <option value="">All specialties</option>
            {specialties.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-lg border border-field bg-surface px-4 font-semibold text-ink hover:bg-neutral-soft"
        >
          Show
        </button>
      </form>
    </div>
  );
}
