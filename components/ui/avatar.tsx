import { initialsOf } from "./format";

/** Initials in a circle. Decorative: the name is always written next to it. */
export function Avatar({ name, size = "md" }: { name: string; size?: "sm" | "md" }) {
  const dimensions = size === "sm" ? "size-9 text-sm" : "size-12 text-base";
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-soft font-bold text-brand-strong ${dimensions}`}
    >
      {initialsOf(name)}
    </span>
  );
}
