// Unsubscribing from a notification e-mail: the link in the e-mail (or the mail client's one-click POST) turns off
// e-mail for exactly that account, and nothing else; a made-up or changed link changes nothing.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "../../app/api/email/unsubscribe/route";
import { db } from "../../lib/db";
import type { MailMessage } from "../../lib/mail/mail-transport";
import { sendNotices } from "../../lib/notifications/send-notices";
import { sendPendingEmails } from "../../lib/notifications/send-pending-emails";
import { BAD_UNSUBSCRIBE_LINK, unsubscribeFromEmail } from "../../lib/notifications/unsubscribe-from-email";
import { unsubscribeToken } from "../../lib/notifications/unsubscribe-token";
import { failureOf } from "../support/domain-error";
import { setupTestDatabase } from "../support/test-database";
import { createPerson, type Person } from "../support/thread-fixtures";

setupTestDatabase("email_unsubscribe");

let lena: Person;
let omar: Person;

const frequencyOf = async (person: Person) =>
  (await db().user.findUniqueOrThrow({ where: { id: person.id }, select: { emailFrequency: true } })).emailFrequency;

async function notify(person: Person, title: string) {
  await db().$transaction((tx) =>
    sendNotices(tx, [{ userId: person.id, type: "NEW_ANSWER", title, body: null, url: "/questions/1" }]),
  );
}

async function deliver(): Promise<MailMessage[]> {
  const sent: MailMessage[] = [];
  await sendPendingEmails({ transport: { send: async (message) => void sent.push(message) } });
  return sent;
}

beforeAll(async () => {
  lena = await createPerson({ name: "Lena Hoffmann" });
  omar = await createPerson({ name: "Omar Haddad" });
});
beforeEach(async () => {
  await db().user.updateMany({ data: { emailFrequency: "IMMEDIATE" } });
  await db().emailOutbox.deleteMany();
});

describe("unsubscribing from e-mail", () => {
  it("the one-click URL in an e-mail's List-Unsubscribe turns off e-mail for its reader only", async () => {
    await notify(lena, "Dr. Irina Maslova answered your question");
    const [email] = await deliver();
    const oneClick = /^<(.+)>$/.exec(email?.headers?.["List-Unsubscribe"] ?? "")?.[1];
    expect(oneClick).toMatch(/\/api\/email\/unsubscribe\?token=/);

    // What a mail client sends for RFC 8058 one-click: a POST without cookies.
    const response = await POST(
      new Request(oneClick ?? "", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    expect(await frequencyOf(lena)).toBe("NONE");
    expect(await frequencyOf(omar)).toBe("IMMEDIATE");

    // The next notification reaches the notification centre but writes no e-mail.
    await notify(lena, "Dr. Irina Maslova replied to you");
    expect(
      await db().notification.count({ where: { userId: lena.id, title: "Dr. Irina Maslova replied to you" } }),
    ).toBe(1);
    expect(await db().emailOutbox.count({ where: { userId: lena.id, state: "PENDING" } })).toBe(0);
  });

  it("the link in the e-mail's text leads to the confirmation page with the same token", async () => {
    await notify(omar, "Your question was answered");
    const [email] = await deliver();
    // One more that has not gone out yet when the link is used: it is canceled, not sent.
    await notify(omar, "Dr. Aino Virtanen replied to you");
    const link = /Stop all e-mails from Consilium: (\S+)$/.exec(email?.text ?? "")?.[1] ?? "";
    const token = new URL(link).searchParams.get("token") ?? "";
    expect(new URL(link).pathname).toBe("/unsubscribe");
    expect(await unsubscribeFromEmail({ token })).toEqual({ changed: true });
    expect(await unsubscribeFromEmail({ token })).toEqual({ changed: false });
    expect(await frequencyOf(omar)).toBe("NONE");
    expect(
      await db().emailOutbox.findMany({ where: { userId: omar.id }, select: { subject: true, state: true } }),
    ).toEqual(
      expect.arrayContaining([
        { subject: "Your question was answered", state: "SENT" },
        { subject: "Dr. Aino Virtanen replied to you", state: "CANCELED" },
      ]),
    );
    expect(await deliver()).toEqual([]);
  });

  it("refuses a changed, borrowed or made-up token and changes nothing", async () => {
    const lenas = unsubscribeToken(lena.id);
    const signature = lenas.split(".")[1] ?? "";
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    for (const token of [
      `${lena.id}.${flipped}`,
      `${omar.id}.${signature}`,
      `${lena.id}`,
      "",
      "x".repeat(5000),
      unsubscribeToken("nobody00000000000000000000"),
    ]) {
      expect(await failureOf(unsubscribeFromEmail({ token }))).toMatchObject({
        code: "NOT_FOUND",
        message: BAD_UNSUBSCRIBE_LINK,
      });
    }
    const response = await POST(
      new Request(`http://localhost/api/email/unsubscribe?token=${omar.id}.${signature}`, { method: "POST" }),
    );
    expect(response.status).toBe(404);
    expect(await frequencyOf(lena)).toBe("IMMEDIATE");
    expect(await frequencyOf(omar)).toBe("IMMEDIATE");
  });
});
