import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.ts';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Goes in List-Unsubscribe, with List-Unsubscribe-Post for one-click unsubscribe (RFC 8058). */
  unsubscribeUrl: string;
  /** `<…@…>`; the same for every attempt at one queued message, so a resend can be recognised as one. */
  messageId: string;
}

export interface Mailer {
  /** Where mail goes: a real SMTP server, or .eml files in the outbox folder. */
  readonly mode: 'smtp' | 'outbox';
  /** Resolves once the server (or the file system) has taken the message; throws if it did not. */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

/**
 * Sends through SMTP_URL when it is set. Without it (development, demos) every message is written to the
 * outbox folder as one .eml file, which any mail program can open, so the whole sign-up journey can be
 * tried with no mail server. Either way the message is built by nodemailer, so the files are exactly what
 * would have been sent.
 */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'outboxDir'>): Mailer {
  const defaults = { from: config.mailFrom };
  if (config.smtpUrl) {
    // A new connection per message (no pool): mail is rare, and a stale pooled connection is one more way to fail.
    const transport = nodemailer.createTransport(
      {
        url: config.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
        logger: false,
        debug: false,
      },
      defaults,
    );
    return {
      mode: 'smtp',
      async send(email) {
        await transport.sendMail(message(email));
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' }, defaults);
  return {
    mode: 'outbox',
    async send(email) {
      const info = await transport.sendMail(message(email));
      fs.mkdirSync(config.outboxDir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
      // Write then rename, so anyone watching the folder never opens half a message. 0600: it holds an address.
      const tmp = path.join(config.outboxDir, `.${name}.tmp`);
      fs.writeFileSync(tmp, info.message as Buffer, { mode: 0o600 });
      fs.renameSync(tmp, path.join(config.outboxDir, name));
    },
    close: () => transport.close(),
  };
}

function message(email: OutgoingEmail) {
  return {
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    list: { unsubscribe: email.unsubscribeUrl },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Auto-Submitted': 'auto-generated' },
  };
}

/**
 * A short, safe description of a sending error for the queue and the log: nodemailer's code and the SMTP
 * reply code only. The server's own text is never kept, because it often quotes the recipient's address.
 */
export function describeMailError(error: unknown): { code: string; permanent: boolean } {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const code = typeof e.code === 'string' ? e.code.replace(/[^A-Z0-9_]/gi, '').slice(0, 20) : 'UNKNOWN';
  const reply = typeof e.responseCode === 'number' ? e.responseCode : undefined;
  // Only "this recipient does not exist" is worth giving up on at once. Anything else (a server that is
  // down, refuses our login, or is busy) may be fixed later, so it is retried.
  const permanent = code === 'EENVELOPE' && reply !== undefined && reply >= 500 && reply < 600;
  return { code: reply ? `${code} ${reply}` : code, permanent };
}
