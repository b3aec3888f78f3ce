// The text of one daily digest e-mail: notifications grouped by the question or consultation they are about,
// then report outcomes, then account events. Pure, so its wording is tested without a database.
import type { NotificationType } from "../generated/prisma/enums";
import { NOTIFICATION_KINDS } from "./notification-kinds";

export type ComposedDigestItem = {
  type: NotificationType;
  title: string;
  url: string | null;
  read: boolean;
  /** The question or consultation it belongs to; null for report outcomes and account events. */
  topic: { key: string; heading: string; url: string } | null;
};

const plural = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`;

function countsOf(items: readonly ComposedDigestItem[]): string {
  const counts = new Map<NotificationType, number>();
  for (const item of items) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return [...counts].map(([type, count]) => plural(count, NOTIFICATION_KINDS[type].counted)).join(", ");
}

function lineOf(item: ComposedDigestItem): string {
  return `  • ${item.title}${item.read ? "" : " (unread)"}`;
}

export function composeDigest(options: { name: string; origin: string; items: readonly ComposedDigestItem[] }): {
  subject: string;
  text: string;
} {
  const { name, origin, items } = options;
  const unread = items.filter((item) => !item.read).length;
  const lines = [
    `Hello ${name},`,
    "",
    `Here is what happened on Consilium since your last digest: ${plural(items.length, ["notification", "notifications"])}, ${unread} unread.`,
  ];

  const topics = new Map<string, { heading: string; url: string; items: ComposedDigestItem[] }>();
  for (const item of items) {
    if (!item.topic) continue;
    const topic = topics.get(item.topic.key) ?? { heading: item.topic.heading, url: item.topic.url, items: [] };
    topic.items.push(item);
    topics.set(item.topic.key, topic);
  }
  for (const topic of topics.values()) {
    lines.push(
      "",
      `${topic.heading} — ${countsOf(topic.items)}`,
      ...topic.items.map(lineOf),
      `  ${origin}${topic.url}`,
    );
  }
  const section = (heading: string, category: "report" | "account") => {
    const inSection = items.filter((item) => !item.topic && NOTIFICATION_KINDS[item.type].category === category);
    if (inSection.length > 0) lines.push("", heading, ...inSection.map(lineOf));
  };
  section("Reports you made or that concern you", "report");
  section("Your account", "account");
  // Anything with neither a topic nor a section of its own (say, a consultation notice without its id).
  const rest = items.filter((item) => !item.topic && NOTIFICATION_KINDS[item.type].category !== "report");
  const others = rest.filter((item) => NOTIFICATION_KINDS[item.type].category !== "account");
  if (others.length > 0) lines.push("", "Other news", ...others.map(lineOf));

  lines.push(
    "",
    `All your notifications: ${origin}/notifications`,
    "",
    "You receive this digest once a day because you chose it in your settings.",
    `You can choose an e-mail for each event, or no e-mail, at ${origin}/settings`,
  );
  return {
    subject: `Your Consilium digest: ${plural(items.length, ["notification", "notifications"])}${unread > 0 ? `, ${unread} unread` : ""}`,
    text: lines.join("\n"),
  };
}
