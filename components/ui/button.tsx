import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "quiet";

export type ButtonSize = "sm" | "md" | "lg";

const BASE =
  "inline-flex items-center justify-center gap-2 rounded-lg font-semibold no-underline " +
  "transition-colors disabled:cursor-not-allowed disabled:opacity-60";

// Sizes are whole class sets: without a class merger, an override like "px-6" next to "px-4" would be a coin toss.
const SIZES: Record<ButtonSize, string> = {
  sm: "min-h-10 px-3 py-1.5 text-base",
  md: "min-h-11 px-4 py-2 text-base",
  lg: "min-h-12 px-6 py-2.5 text-lg",
};

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong hover:text-white",
  secondary: "border border-field bg-surface text-ink hover:bg-neutral-soft hover:text-ink",
  quiet: "text-brand underline hover:text-brand-strong",
};

/**
 * The classes of a button, for links that should look like one. `extra` is for layout (margins, width),
 * not for padding or type size: pick a size instead.
 */
export function buttonClasses(variant: ButtonVariant = "primary", extra = "", size: ButtonSize = "md"): string {
  return `${BASE} ${SIZES[size]} ${VARIANTS[variant]} ${extra}`.trim();
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

export function Button({ variant = "primary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className, size)} {...props} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

export function ButtonLink({ variant = "primary", size = "md", className = "", ...props }: ButtonLinkProps) {
  return <Link className={buttonClasses(variant, className, size)} {...props} />;
}
