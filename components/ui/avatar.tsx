import { initialsOf } from "./format";

type AvatarProps = {
  name: string;
  /** A doctor's profile photo; initials without one. */
  photoUrl?: string | null;
  size?: "sm" | "md" | "lg";
};

const DIMENSIONS = { sm: "size-9 text-sm", md: "size-12 text-base", lg: "size-24 text-2xl" } as const;
const PIXELS = { sm: 36, md: 48, lg: 96 } as const;

/** A photo or initials in a circle. Decorative: the name is always written next to it. */
export function Avatar({ name, photoUrl = null, size = "md" }: AvatarProps) {
  if (photoUrl) {
    return (
      // biome-ignore lint/performance/noImgElement: a small square JPEG we already sized; next/image would re-encode it per request.
      <img
        src={photoUrl}
        alt=""
        width={PIXELS[size]}
        height={PIXELS[size]}
        loading="lazy"
        decoding="async"
        className={`shrink-0 rounded-full bg-brand-soft object-cover ${DIMENSIONS[size]}`}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`inline-flex shrink-0 items-center justify-center rounded-full bg-brand-soft font-bold text-brand-strong ${DIMENSIONS[size]}`}
    >
      {initialsOf(name)}
    </span>
  );
}
