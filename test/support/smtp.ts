import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freeLoopbackPort } from '../../scripts/free-port.ts';

export { freeLoopbackPort };

export interface ReceivedMail {
  /** The SMTP envelope (MAIL FROM / RCPT TO), which can differ from the headers. */
  envelope: { from: string; to: string[] };
  /** The message exactly as it arrived. */
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpSink {
  port: number;
  /** An SMTP_URL that reaches this sink. */
  url: string;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  /** Messages answered "451 try again later" (see the `deferFirst` option), oldest first. */
  deferred: ReceivedMail[];
  /** Resolves with the first message (old or new) that matches, or rejects after `timeoutMs`. */
  waitFor(match?: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it is given, parsed with mailparser, so a test
 * can read what a person would get and follow its links. Plain SMTP (no STARTTLS); any login is accepted.
 * Pass `port` to listen on a port chosen earlier (to start the server after the app has tried to send);
 * `rejectRecipient` answers 550 for the addresses it returns true for; `deferFirst` answers 451 (a
 * temporary failure, to be retried) to that many messages after reading them; `delayMs` waits that long
 * before answering each message, as a busy server would.
 */
export async function startSmtpSink(
  options: { port?: number; rejectRecipient?: (address: string) => boolean; deferFirst?: number; delayMs?: number } = {},
): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const deferred: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'test' });
    },
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient?.(address.address)) {
        const error = new Error('No such mailbox') as Error & { responseCode: number };
        error.responseCode = 550;
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw)
          .then(async (parsed) => {
            if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
            const from = session.envelope.mailFrom;
            const mail = {
              envelope: { from: from ? from.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
              raw,
              parsed,
            };
            if (deferred.length < (options.deferFirst ?? 0)) {
              deferred.push(mail);
              const error = new Error('Try again later') as Error & { responseCode: number };
              error.responseCode = 451;
              return callback(error);
            }
            messages.push(mail);
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      });
    },
  });
  const port = options.port ?? (await freeLoopbackPort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A client that drops the connection is not a test failure; without a listener it would throw.
  server.on('error', () => {});

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    messages,
    deferred,
    waitFor(match = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(match);
          if (!found) return false;
          cleanup();
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No matching email within ${timeoutMs} ms (${messages.length} received)`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = () => void check();
        waiters.add(wake);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every http(s) link in the plain-text part of a message, in order. */
export function linksIn(mail: ReceivedMail): string[] {
  return mail.parsed.text?.match(/https?:\/\/[^\s<>"]+/g) ?? [];
}

/**
 * A header exactly as sent (unfolded), or undefined. mailparser folds the List-* headers into one
 * `list` object, so tests that check RFC 8058's List-Unsubscribe and List-Unsubscribe-Post read them here.
 */
export function rawHeader(mail: ReceivedMail, name: string): string | undefined {
  const head = mail.raw.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}
