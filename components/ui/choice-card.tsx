import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

type ChoiceCardProps = {
  name: string;
  value: string;
  checked: boolean;
  onChange: () => void;
  Icon: LucideIcon;
  title: string;
  /** The line under the title. */
  children: ReactNode;
  id?: string;
};

/** One radio of a group drawn as a large card (icon, title, a line of detail); the checked card is highlighted. */
export function ChoiceCard({ name, value, checked, onChange, Icon, title, children, id }: ChoiceCardProps) {
  return (
    <label className="flex cursor-pointer items-start gap-3 rounded-xl border-2 border-line bg-surface p-4 has-[:checked]:border-brand has-[:checked]:bg-brand-soft">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onChange}
        className="mt-1 size-5 shrink-0 accent-[var(--color-brand)]"
      />
      <span>
        <span className="flex items-center gap-2 font-semibold">
          <Icon aria-hidden="true" className="size-5 text-brand" />
          {title}
        </span>
        <span className="mt-1 block text-muted">{children}</span>
      </span>
    </label>
  );
}
