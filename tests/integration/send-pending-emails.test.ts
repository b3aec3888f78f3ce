// The outbox sender: each e-mail goes out once even with two senders at work; failures back off, then give up.
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import type { MailMessage, MailTransport } from "../../lib/mail/mail-transport";
import { appOrigin } from "../../lib/notifications/send-notices";
import { MAX_ATTEMPTS, sendPendingEmails } from "../../lib/notifications/send-pending-emails";
import { unsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, type Person } from "../support/thread-fixtures";

setupTestDatabase("send_emails");

const NOW = new Date(Date.UTC(2026, 10, 26, 12));
const minutes = (count: number) => new Date(NOW.getTime() + count * 60_000);

/** Remembers every e-mail it is handed; slow enough that two senders overlap. */
function recordingTransport(options: { failWith?: string; delayMs?: number } = {}) {
  const sent: MailMessage[] = [];
  const transport: MailTransport = {
    async send(message) {
      await sleep(options.delayMs ?? 0);
      if (options.failWith) throw new Error(options.failWith);
      sent.push(message);
    },
  };
  return { transport, sent };
}

let lena: Person;

async function queue(count: number, extra: { sendAfter?: Date } = {}): Promise<string[]> {
  const rows = await db().emailOutbox.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({
      userId: lena.id,
      toAddress: lena.email,
      subject: `Dr. Irina Maslova answered your question (${index})`,
      textBody: `Read it: http://localhost:3000/questions/1#m_${index}`,
      sendAfter: extra.sendAfter ?? minutes(-1),
    })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  lena = await createPerson({ name: "Lena Hoffmann" });
});
beforeEach(async () => {
  await db().emailOutbox.deleteMany();
});

describe("sendPendingEmails", () => {
  it("sends what is due, marks it sent, and leaves later e-mails waiting", async () => {
    const [due] = await queue(1);
    const [later] = await queue(1, { sendAfter: minutes(5) });
    const { transport, sent } = recordingTransport();

    expect(await sendPendingEmails({ limit: 10, now: NOW, transport })).toEqual({
      claimed: 1,
      sent: 1,
      retrying: 0,
      failed: 0,
    });
    // Mail to a person ends with their unsubscribe link and carries it as one-click List-Unsubscribe.
    const origin = appOrigin();
    expect(sent).toEqual([
      {
        to: lena.email,
        subject: "Dr. Irina Maslova answered your question (0)",
        text: `Read it: http://localhost:3000/questions/1#m_0\n\nStop all e-mails from Consilium: ${origin}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(lena.id))}`,
        headers: {
          "List-Unsubscribe": `<${origin}/api/email/unsubscribe?token=${encodeURIComponent(unsubscribeToken(lena.id))}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
      },
    ]);
    const rows = await db().emailOutbox.findMany({ select: { id: true, state: true, sentAt: true, attempts: true } });
    expect(rows.find((row) => row.id === due)).toMatchObject({ state: "SENT", attempts: 0 });
    expect(rows.find((row) => row.id === due)?.sentAt).toBeInstanceOf(Date);
    expect(rows.find((row) => row.id === later)).toMatchObject({ state: "PENDING", sentAt: null });
  });

  it("sends each e-mail once when two senders run at the same time", async () => {
    const ids = await queue(12);
    const { transport, sent } = recordingTransport({ delayMs: 5 });
    const results = await Promise.all([
      sendPendingEmails({ limit: 8, now: NOW, transport }),
      sendPendingEmails({ limit: 8, now: NOW, transport }),
      sendPendingEmails({ limit: 8, now: NOW, transport }),
    ]);
    expect(results.reduce((total, result) => total + result.sent, 0)).toBe(12);
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((mail) => mail.subject)).size).toBe(12);
    expect(await db().emailOutbox.count({ where: { id: { in: ids }, state: "SENT" } })).toBe(12);
  });

  it("respects the limit and sends nothing twice across runs", async () => {
    await queue(5);
    const { transport, sent } = recordingTransport();
    expect((await sendPendingEmails({ limit: 3, now: NOW, transport })).sent).toBe(3);
    expect((await sendPendingEmails({ limit: 3, now: NOW, transport })).sent).toBe(2);
    expect((await sendPendingEmails({ limit: 3, now: NOW, transport })).claimed).toBe(0);
    expect(new Set(sent.map((mail) => mail.subject)).size).toBe(5);
  });

  it("backs off 2, 4, 8, 16 minutes after failures and gives up after the fifth attempt", async () => {
    const [id] = await queue(1);
    const broken = recordingTransport({ failWith: "421 mail server busy" });
    const row = () => db().emailOutbox.findUniqueOrThrow({ where: { id } });

    let now = NOW;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect((await sendPendingEmails({ now, transport: broken.transport })).retrying).toBe(1);
      const after = await row();
      expect(after).toMatchObject({ state: "PENDING", attempts: attempt, lastError: "421 mail server busy" });
      expect(after.sendAfter).toEqual(new Date(now.getTime() + 2 ** attempt * 60_000));
      // Not before its time...
      expect(
        (await sendPendingEmails({ now: new Date(after.sendAfter.getTime() - 1), transport: broken.transport }))
          .claimed,
      ).toBe(0);
      now = after.sendAfter;
    }
    expect(await sendPendingEmails({ now, transport: broken.transport })).toMatchObject({ failed: 1, retrying: 0 });
    expect(await row()).toMatchObject({ state: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });

    // ...and never again once FAILED, even when the server is back.
    const healthy = recordingTransport();
    expect((await sendPendingEmails({ now: minutes(24 * 60), transport: healthy.transport })).claimed).toBe(0);
    expect(healthy.sent).toEqual([]);
  });

  it("delivers on a later attempt after a failure", async () => {
    const [id] = await queue(1);
    await sendPendingEmails({ now: NOW, transport: recordingTransport({ failWith: "timeout" }).transport });
    const healthy = recordingTransport();
    expect((await sendPendingEmails({ now: minutes(2), transport: healthy.transport })).sent).toBe(1);
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "SENT",
      attempts: 1,
      lastError: "timeout",
    });
  });
});
