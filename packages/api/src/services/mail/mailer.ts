/** One e-mail, always with a plain-text and an HTML part. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends (or, without SMTP, stores) e-mail; every message is recorded in the outbox either way. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  /** Resolves once every message handed over so far has left (or failed); for shutdown and tests. */
  idle(): Promise<void>;
}
