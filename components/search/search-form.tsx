import type { SpecialtyOption } from "@/lib/specialties/list-specialties";
import { SEARCH_STATUSES } from "@/lib/validation/search";

const STATUS_LABELS: Record<(typeof SEARCH_STATUSES)[number], string> = {
  open: "Open",
  closed: "Closed",
  answered: "Answered",
  unanswered: "Awaiting an answer",
};

const CONTROL = "min-h-11 w-full min-w-0 rounded-lg border border-field bg-surface px-3 text-base text-ink";

type SearchFormProps = {
  query: string;
  specialty?: string;
  status?: string;
  specialties: SpecialtyOption[];
};

/** A plain GET form: searching, filtering and sharing a result's address work without JavaScript. */
export function SearchForm({ query, specialty, status, specialties }: SearchFormProps) {
  return (
    <search>
      <form action="/search" method="get" className="flex flex-col gap-3">
        <div className="flex gap-2">
          <label htmlFor="search-q" className="sr-only">
            Search questions and answers
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query}
            maxLength={200}
            placeholder="For example: sciatica, pain down the leg"
            className={`${CONTROL} py-2`}
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-lg bg-brand px-4 font-semibold text-white hover:bg-brand-strong"
          >
            Search
          </button>
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Specialty</span>
            <select name="specialty" defaultValue={specialty ?? ""} className={CONTROL}>
              <option value="">All specialties</option>
              {specialties.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="font-semibold">Status</span>
            <select name="status" defaultValue={status ?? ""} className={CONTROL}>
              <option value="">Any status</option>
              {SEARCH_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {STATUS_LABELS[value]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </form>
    </search>
  );
}
