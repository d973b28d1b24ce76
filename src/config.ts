import path from 'node:path';
import { z } from 'zod';

/** Where the repository lives, so paths work whatever the current directory is. */
export const ROOT = path.resolve(import.meta.dirname, '..');

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** The address people reach the site at; used for canonical links, the sitemap and email links. */
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  /** Everything the running site writes: the directory database, the app database, the mail outbox. */
  VAR_DIR: z.string().default(path.join(ROOT, 'var')),
  /** Override where the directory database lives (default: VAR_DIR/directory.sqlite). */
  DIRECTORY_PATH: optionalText,
  SOURCES_DIR: z.string().default(path.join(ROOT, 'data', 'sources')),
  CONTENT_DIR: z.string().default(path.join(ROOT, 'content')),
  SMTP_URL: optionalText,
  /** How often the newsletter mail worker looks for queued messages (ms). New sign-ups wake it at once. */
  MAIL_QUEUE_POLL_MS: z.coerce.number().int().min(10).default(5000),
  /** First wait before retrying an email the mail server did not take (ms); doubles each time, up to an hour. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(60000),
  /** "true" only behind your own reverse proxy that sets X-Forwarded-For, so rate limits apply per visitor. */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** "off" when a reverse proxy in front compresses responses; static files are always sent pre-compressed. */
  COMPRESSION: z
    .enum(['on', 'off'])
    .default('on')
    .transform((v) => v === 'on'),
  MAIL_FROM: z.string().default('Open Treatment <newsletter@localhost>'),
  /** Where people report a problem (for example your code repository's issues page). Linked from the about pages. */
  ISSUES_URL: optionalText.pipe(z.url().optional()),
  /** The optional sponsor box on some guide pages: see .env.example and the editorial policy page. */
  SPONSOR_NAME: optionalText.pipe(z.string().max(80, 'must be at most 80 characters').optional()),
  SPONSOR_PHONE: optionalText.pipe(
    z
      .string()
      .refine((v) => (v.match(/\d/g) ?? []).length >= 7, 'must be a phone number with at least 7 digits')
      .optional(),
  ),
  SPONSOR_URL: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be a web address starting https://' }).optional()),
  /** The sponsor's own short description, shown in quotation marks as their words, never as ours. */
  SPONSOR_TEXT: optionalText.pipe(z.string().max(200, 'must be at most 200 characters: a short description').optional()),
});

export type Env = z.input<typeof schema>;

export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  publicUrl: string;
  logLevel: string;
  varDir: string;
  directoryPath: string;
  appDbPath: string;
  importsDir: string;
  outboxDir: string;
  sourcesDir: string;
  contentDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailQueuePollMs: number;
  mailRetryBaseMs: number;
  trustProxy: boolean;
  /** Compress pages and API bodies here (brotli or gzip); off when a proxy does it. */
  compressPages: boolean;
  /** `description` is the sponsor's own words (SPONSOR_TEXT). */
  sponsor: { name: string; phone: string; url: string | undefined; description: string } | undefined;
  issuesUrl: string | undefined;
}

/**
 * Parses the environment once. Development needs no settings at all; production refuses to start without
 * a real public address, because every email link and canonical URL depends on it.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Configuration problem: ${problems}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.PUBLIC_URL.startsWith('http://localhost')) {
    throw new Error('Configuration problem: PUBLIC_URL must be set to the public address in production.');
  }
  const sponsorParts = [e.SPONSOR_NAME, e.SPONSOR_PHONE, e.SPONSOR_TEXT];
  if (sponsorParts.some(Boolean) && !sponsorParts.every(Boolean)) {
    throw new Error('Configuration problem: a sponsor needs SPONSOR_NAME, SPONSOR_PHONE and SPONSOR_TEXT together.');
  }
  const varDir = path.resolve(e.VAR_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
    logLevel: e.LOG_LEVEL,
    varDir,
    directoryPath: e.DIRECTORY_PATH ? path.resolve(e.DIRECTORY_PATH) : path.join(varDir, 'directory.sqlite'),
    appDbPath: path.join(varDir, 'app.sqlite'),
    importsDir: path.join(varDir, 'imports'),
    outboxDir: path.join(varDir, 'outbox'),
    sourcesDir: path.resolve(e.SOURCES_DIR),
    contentDir: path.resolve(e.CONTENT_DIR),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailQueuePollMs: e.MAIL_QUEUE_POLL_MS,
    mailRetryBaseMs: e.MAIL_RETRY_BASE_MS,
    trustProxy: e.TRUST_PROXY,
    compressPages: e.COMPRESSION,
    issuesUrl: e.ISSUES_URL,
    sponsor:
      e.SPONSOR_NAME && e.SPONSOR_PHONE && e.SPONSOR_TEXT
        ? { name: e.SPONSOR_NAME, phone: e.SPONSOR_PHONE, url: e.SPONSOR_URL, description: e.SPONSOR_TEXT }
        : undefined,
  });
}
