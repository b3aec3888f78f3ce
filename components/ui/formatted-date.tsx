import { formatDate } from "./format";

export function FormattedDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDate(date)}</time>;
}
