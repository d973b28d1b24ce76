import path from 'node:path';
import type { Context } from 'hono';
import { type Config, DEFAULT_CONTENT_DIR } from './config.ts';
import { type AppDb, appDbLocation, openAppDb } from './db/app-db.ts';
import { CorrectionsFeed } from './db/corrections-feed.ts';
import { openDirectory } from './db/directory-connection.ts';
import { API_ROUTES, apiInfo } from './features/api/api.contract.ts';
import { createEditorDeps } from './features/editor/editor.deps.ts';
import { createGuidesService } from './features/guides/guides.service.ts';
import { LocatorService } from './features/locator/locator.service.ts';
import { createNewsletterDeps, type NewsletterOptions } from './features/newsletter/newsletter.deps.ts';
import { HSDS_ROUTES } from './features/open-data/hsds.contract.ts';
import { HsdsService } from './features/open-data/hsds.service.ts';
import { informationPageSpecs } from './features/pages/pages.content.tsx';
import { createReportsDeps } from './features/reports/reports.deps.ts';
import { selfCheckPageSpecs } from './features/self-check/self-check.content.ts';
import { clientKey, newSecret } from './lib/client-key.ts';
import { createLogger, type Logger } from './lib/logger.ts';
import { openApiDocument } from './lib/openapi.ts';
import { loadAssets } from './ui/assets.ts';
import { createContentPages } from './ui/content-pages.tsx';
import { GUIDE_SLUGS, registerGuideTranslations } from './ui/paths.ts';

/** Every page whose words are in content/pages, with what its feature places in it (also used by `npm run content`). */
export function contentPageSpecs(config: Readonly<Config>) {
  return { ...informationPageSpecs(config), ...selfCheckPageSpecs() };
}

export interface DepsOptions {
  logger?: Logger;
  /** A clock and polling speeds for the newsletter's mail worker (tests). */
  newsletter?: NewsletterOptions;
}

/** The app database, opened once and shared by every feature that writes (see src/db/app-db.ts). */
export function createAppDb(config: Readonly<Config>): AppDb {
  return openAppDb(appDbLocation(config));
}

/**
 * The composition root: config -> logger -> files and content -> databases -> services, read as a list. Every
 * service the site uses is made here, once, and passed by hand to the route factories (src/app.tsx), which take
 * only the parts they need (`Pick<Deps, …>`) and do no I/O of their own. Content and files are read and checked
 * first, so bad content stops the app from being made, naming the file and field to fix, before a database or
 * a mail worker is opened.
 */
export function createDeps(config: Readonly<Config>, options: DepsOptions = {}) {
  const logger = options.logger ?? createLogger({ level: config.logLevel });

  // Files and content, read and checked now rather than while a visitor waits (and before anything is opened).
  const assets = loadAssets();
  const ownContent = config.env === 'production' || config.contentDir === DEFAULT_CONTENT_DIR;
  const guides = createGuidesService({
    contentDir: config.contentDir,
    requireGuides: config.env === 'production',
    // The site's own content must have every guide the code links to by name (a test's fixture folder need not).
    linkedFromCode: ownContent ? GUIDE_SLUGS : [],
    logger,
  });
  // Links to a guide from a Spanish page go to its Spanish version where there is one.
  registerGuideTranslations(
    guides.list('es').map((g) => ({ slug: g.meta.slug, translationOf: g.meta.translationOf ?? g.meta.slug })),
  );
  // The information pages' words (content/pages), rendered once with what each feature places in them.
  const pages = createContentPages({
    dir: path.join(config.contentDir, 'pages'),
    fallbackDir: path.join(DEFAULT_CONTENT_DIR, 'pages'),
    production: config.env === 'production',
    specs: contentPageSpecs(config),
  });

  // Databases: the read-only directory (swapped in place by a rebuild; with DATABASE_URL the one published in
  // PostgreSQL: await directory.ready()) and the app database, opened once and shared by every feature that writes.
  const directory = openDirectory(config, {
    onError: (error) =>
      logger.warn({ code: (error as { code?: string }).code }, 'the directory could not be checked for a new version'),
  });
  const appDb = createAppDb(config);

  // Services.
  // Our team's corrections, laid over the directory by the locator and the open data (see corrections-feed.ts).
  const corrections = new CorrectionsFeed(appDb, {
    onError: (error) =>
      logger.warn({ code: (error as { code?: string }).code }, 'corrections could not be read; keeping the last ones'),
  });
  const locator = new LocatorService(directory, { corrections, engine: config.searchEngine });
  const hsds = new HsdsService(directory, config.publicUrl, corrections);
  const newsletter = createNewsletterDeps(config, logger, appDb, options.newsletter);
  // Rate-limit keys for the report form and editor sign-ins: an HMAC of the client address, never the address.
  const keySecret = config.rateLimitSecret ?? newSecret();
  const keyOf = (c: Context) => clientKey(c, keySecret, config.trustProxy);
  const reports = createReportsDeps({ appDb, logger, clientKey: keyOf });
  const editor = createEditorDeps({
    appDb,
    publicUrl: config.publicUrl,
    directory,
    shown: locator,
    feed: corrections,
    clientKey: keyOf,
  });

  // The OpenAPI document, generated from every feature's route declarations (served at /api/openapi.json).
  const openApi = openApiDocument({ ...apiInfo(config.publicUrl), routes: [...API_ROUTES, ...HSDS_ROUTES] });

  return {
    config,
    logger,
    directory,
    appDb,
    assets,
    guides,
    pages,
    corrections,
    locator,
    hsds,
    newsletter,
    reports,
    editor,
    openApi,
    /** The optional sponsor box (SPONSOR_* settings), or undefined. */
    sponsor: config.sponsor,
    async close() {
      reports.close();
      await newsletter.close();
      await appDb.close();
      directory.close();
    },
  };
}

export type Deps = ReturnType<typeof createDeps>;
