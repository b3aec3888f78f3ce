import nodemailer from "nodemailer";
import { env } from "../env";
import type { MailMessage, MailTransport } from "./mail-transport";

let cached: { smtpUrl: string | undefined; transport: MailTransport } | undefined;

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise a transport that logs one line per e-mail,
 * so development and CI need no mail server and still show what would have been sent.
 */
export function getMailTransport(): MailTransport {
  const { SMTP_URL, MAIL_FROM } = env();
  // One transport per configuration (tests point SMTP_URL at a local server of their own).
  if (cached?.smtpUrl !== SMTP_URL || !cached) {
    cached = { smtpUrl: SMTP_URL, transport: SMTP_URL ? smtpTransport(SMTP_URL, MAIL_FROM) : logTransport };
  }
  return cached.transport;
}

function smtpTransport(url: string, from: string): MailTransport {
  const smtp = nodemailer.createTransport(url);
  return {
    async send(message: MailMessage) {
      await smtp.sendMail({ from, ...message });
    },
  };
}

const logTransport: MailTransport = {
  async send(message: MailMessage) {
    console.log(`[mail] not sent (SMTP_URL unset) to=${message.to} subject=${JSON.stringify(message.subject)}`);
  },
};
