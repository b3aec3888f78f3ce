// Formatting shared by pages and components. Dates are shown in UTC so the server's rendering never
// depends on the machine's time zone.

const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });
const wholeNumber = new Intl.NumberFormat("en-US");

/** "December 1, 2020" */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "1 view", "1,463 views" */
export function pluralize(count: number, one: string, many: string): string {
  return `${wholeNumber.format(count)} ${count === 1 ? one : many}`;
}

/** Up to two initials from a name, for avatars: "Irina Volkova" → "IV", "egor" → "E". */
export function initialsOf(name: string): string {
  const words = name
    .replace(/^dr\.?\s+/i, "")
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word));
  const first = words[0]?.match(/\p{L}/u)?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.match(/\p{L}/u)?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

/** "820 KB", "2.4 MB" */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
