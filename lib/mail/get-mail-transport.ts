import nodemailer from "nodemailer";
import { env } from "../env";
import type { MailMessage, MailTransport } from "./mail-transport";

let cached: MailTransport | undefined;

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise a transport that logs one line per e-mail,
 * so development and CI need no mail server and still show what would have been sent.
 */
export function getMailTransport(): MailTransport {
  if (cached) return cached;
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    const smtp = nodemailer.createTransport(SMTP_URL);
    cached = {
      async send(message: MailMessage) {
        await smtp.sendMail({ from: MAIL_FROM, ...message });
      },
    };
  } else {
    cached = {
      async send(message: MailMessage) {
        console.log(`[mail] not sent (SMTP_URL unset) to=${message.to} subject=${JSON.stringify(message.subject)}`);
      },
    };
  }
  return cached;
}
