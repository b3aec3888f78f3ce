/** "waiting 3 h 20 min", "waiting 2 d 4 h", "waiting less than a minute": how long a question has waited. */
export function formatWaiting(milliseconds: number): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  if (minutes < 1) return "waiting less than a minute";
  if (minutes < 60) return `waiting ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `waiting ${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  const days = Math.floor(hours / 24);
  return `waiting ${days} d${hours % 24 ? ` ${hours % 24} h` : ""}`;
}
