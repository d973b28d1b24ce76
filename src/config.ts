import path from 'node:path';
import { z } from 'zod';

/** Where the repository lives, so paths work whatever the current directory is. */
export const ROOT = path.resolve(import.meta.dirname, '..');
/** The site's own guides and pages. */
export const DEFAULT_CONTENT_DIR = path.join(ROOT, 'content');

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
  CONTENT_DIR: z.string().default(DEFAULT_CONTENT_DIR),
  /**
   * Unset: the app database is the SQLite file VAR_DIR/app.sqlite. A postgres:// (or postgresql://) URL puts
   * it in PostgreSQL instead, for several instances behind a load balancer (see docs/deploy.md).
   */
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (leave it unset for SQLite)')
      .optional(),
  ),
  /** Most connections one instance opens to PostgreSQL at once. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * The secret that turns a visitor's network address into an opaque rate-limit key (HMAC-SHA256). Random
   * per process when unset, which is right for one instance; several instances on one database must share
   * it, or each counts sign-ups on its own.
   */
  RATE_LIMIT_SECRET: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  /** How long a request may take to send its headers, and the whole request (ms); slow clients are cut off. */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(20_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How long an idle keep-alive connection stays open (ms). Behind a proxy, make it longer than the proxy's. */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).default(5_000),
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
  /** The SQLite app database (VAR_DIR/app.sqlite); used when databaseUrl is unset. */
  appDbPath: string;
  /** A postgres:// URL: the app database is in PostgreSQL instead of appDbPath. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  /** The rate-limit key secret; undefined means a random one per process. */
  rateLimitSecret: string | undefined;
  http: { headersTimeoutMs: number; requestTimeoutMs: number; keepAliveTimeoutMs: number };
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
    databaseUrl: e.DATABASE_URL,
    databasePoolSize: e.DATABASE_POOL_SIZE,
    rateLimitSecret: e.RATE_LIMIT_SECRET,
    http: Object.freeze({
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: Math.max(e.HTTP_REQUEST_TIMEOUT_MS, e.HTTP_HEADERS_TIMEOUT_MS),
      keepAliveTimeoutMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    }),
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
