import { CircleAlert, CircleCheck, Info } from "lucide-react";
import type { ReactNode } from "react";

type AlertTone = "info" | "success" | "danger";

const TONES: Record<AlertTone, string> = {
  info: "border-brand bg-brand-soft text-ink",
  success: "border-success bg-success-soft text-ink",
  danger: "border-danger bg-danger-soft text-ink",
};

const ICONS = { info: Info, success: CircleCheck, danger: CircleAlert };

type AlertProps = {
  tone?: AlertTone;
  title?: string;
  /** "alert" interrupts a screen reader: use it for a failed submit; "status" waits its turn. */
  role?: "alert" | "status";
  children?: ReactNode;
  className?: string;
};

export function Alert({ tone = "info", title, role, children, className = "" }: AlertProps) {
  const Icon = ICONS[tone];
  return (
    <div role={role} className={`flex gap-3 rounded-lg border-l-4 p-4 ${TONES[tone]} ${className}`}>
      <Icon aria-hidden="true" className="mt-1 size-5 shrink-0" />
      <div className="min-w-0">
        {title && <p className="font-semibold">{title}</p>}
        {children}
      </div>
    </div>
  );
}
