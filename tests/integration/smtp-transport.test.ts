// The SMTP transport against a real SMTP server on loopback (the smtp-server package): what nodemailer
// sends is what arrives, and a refusing server makes the send fail so the outbox retries it.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reloadEnv } from "../../lib/env";
import { getMailTransport } from "../../lib/mail/get-mail-transport";

type Received = { from: string; to: string[]; data: string };
const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith("@refused.test")) return callback(new Error("mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => {
        data += chunk.toString("utf8");
      });
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  port = (server.server.address() as AddressInfo).port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "Consilium <no-reply@consilium.test>";
  reloadEnv();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  reloadEnv();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("the SMTP mail transport", () => {
  it("delivers the message with our sender, subject and text", async () => {
    await getMailTransport().send({
      to: "lena@example.test",
      subject: "Dr. Aino Virtanen answered your question",
      text: "Read the answer: http://localhost:3000/questions/7#m_abc",
    });
    expect(received).toHaveLength(1);
    expect(received[0]?.from).toBe("no-reply@consilium.test");
    expect(received[0]?.to).toEqual(["lena@example.test"]);
    expect(received[0]?.data).toContain("Subject: Dr. Aino Virtanen answered your question");
    expect(received[0]?.data).toContain("http://localhost:3000/questions/7#m_abc");
  });

  it("puts our extra headers (List-Unsubscribe) on the wire", async () => {
    const before = received.length;
    await getMailTransport().send({
      to: "omar@example.test",
      subject: "Your daily digest",
      text: "Two new answers.",
      headers: {
        "List-Unsubscribe": "<http://localhost:3000/api/email/unsubscribe?token=abc.def>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    // Long header lines may be folded (RFC 5322 §2.2.3): unfold before reading.
    const data = (received[before]?.data ?? "").replace(/\r?\n(?=[ \t])/g, "");
    expect(data).toContain("List-Unsubscribe: <http://localhost:3000/api/email/unsubscribe?token=abc.def>");
    expect(data).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
  });

  it("fails the send when the server refuses the recipient, so the outbox keeps the mail for a retry", async () => {
    await expect(getMailTransport().send({ to: "nobody@refused.test", subject: "x", text: "y" })).rejects.toThrow(
      /mailbox unavailable/,
    );
  });
});
