import Link from "next/link";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TAuditLogFilter } from "@/lib/validation/audit";

type AuditFiltersProps = {
  filter: TAuditLogFilter;
  /** Every action and target type present in the log. */
  actions: string[];
  targetTypes: string[];
};

/** A filter that came from a link may name a value the log does not hold; it stays visible as chosen. */
const choices = (values: string[], current: string | undefined) =>
  [...values, ...(current && !values.includes(current) ? [current] : [])].map((value) => ({ value, label: value }));

/** A plain GET form: the filtered log has an address an administrator can keep or share. */
export function AuditFilters({ filter, actions, targetTypes }: AuditFiltersProps) {
  const filtered = Boolean(
    filter.action || filter.who || filter.targetType || filter.targetId || filter.from || filter.to,
  );
  return (
    <form
      method="get"
      action="/staff/audit"
      aria-label="Filter the audit log"
      className="flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="action"
          label="Action"
          placeholder="All actions"
          options={choices(actions, filter.action)}
          defaultValue={filter.action ?? ""}
        />
        <TextField
          name="who"
          label="Who (part of a name or e-mail)"
          defaultValue={filter.who ?? ""}
          autoComplete="off"
        />
        <SelectField
          name="targetType"
          label="Target type"
          placeholder="Any target"
          options={choices(targetTypes, filter.targetType)}
          defaultValue={filter.targetType ?? ""}
        />
        <TextField name="targetId" label="Target id (exact)" defaultValue={filter.targetId ?? ""} autoComplete="off" />
        {/* Side by side even on a phone: two short fields that read as one range. */}
        <div className="grid grid-cols-2 gap-3 sm:col-span-2 sm:gap-4">
          <TextField name="from" type="date" label="From (UTC)" defaultValue={filter.from ?? ""} />
          <TextField name="to" type="date" label="Until (UTC)" defaultValue={filter.to ?? ""} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Show entries</Button>
        {filtered && <Link href="/staff/audit">Clear filters</Link>}
      </div>
    </form>
  );
}
