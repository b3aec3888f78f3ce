type QueueFiltersProps = {
  specialties: { id: number; name: string }[];
  specialtyId?: number;
  hasAttachments: boolean;
  paid: boolean;
};

const CHECK = "flex min-h-11 cursor-pointer items-center gap-2";

/** Specialty, "has files", "paid": a GET form, so it works without JavaScript and the URL can be bookmarked. */
export function QueueFilters({ specialties, specialtyId, hasAttachments, paid }: QueueFiltersProps) {
  return (
    <form
      action="/doctor/queue"
      method="get"
      aria-label="Filter the queue"
      className="flex flex-col gap-3 rounded-xl border border-line bg-surface p-4 sm:flex-row sm:flex-wrap sm:items-end"
    >
      <label className="flex min-w-0 flex-col gap-1">
        <span className="font-semibold">Specialty</span>
        <select
          name="specialtyId"
          defaultValue={specialtyId ? String(specialtyId) : ""}
          className="min-h-11 w-full min-w-0 rounded-lg border border-field bg-surface px-3 text-base text-ink sm:w-auto"
        >
          <option value="">All my specialties</option>
          {specialties.map((specialty) => (
            <option key={specialty.id} value={specialty.id}>
              {specialty.name}
            </option>
          ))}
        </select>
      </label>
      <label className={CHECK}>
        <input
          type="checkbox"
          name="hasAttachments"
          value="1"
          defaultChecked={hasAttachments}
          className="size-5 accent-[var(--color-brand)]"
        />
        Has test results attached
      </label>
      <label className={CHECK}>
        <input
          type="checkbox"
          name="paid"
          value="1"
          defaultChecked={paid}
          className="size-5 accent-[var(--color-brand)]"
        />
        Paid consultations only
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
