/** One e-mail as the outbox hands it to a transport. The sender address is the transport's concern. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra header lines, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

/** Delivers one e-mail or throws; the sender job records the error and retries later. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}
