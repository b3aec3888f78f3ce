import type { SpecialtyOption } from "@/lib/specialties/list-specialties";

/** "Specialty [All specialties ▾] Show": a GET form, so filtering works without JavaScript. */
export function SpecialtyFilterForm({
  action,
  specialties,
  selected,
  hidden = {},
}: {
  action: string;
  specialties: SpecialtyOption[];
  /** The slug filtered on now. */
  selected?: string;
  /** Other parameters of the list to keep, e.g. { show: "unanswered" }. */
  hidden?: Record<string, string>;
}) {
  return (
    <form action={action} method="get" className="flex min-w-0 items-end gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-none">
        <span className="font-semibold">Specialty</span>
        <select
          name="specialty"
          defaultValue={selected ?? ""}
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
  );
}
