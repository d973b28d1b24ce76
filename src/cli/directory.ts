import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.ts';
import { appDbLocation, openAppDb } from '../db/app-db.ts';
import { activeCorrections, facilityAliases, saveFacilityAliases } from '../db/corrections.repository.ts';
import { CorrectionsFeed, correctionSet } from '../db/corrections-feed.ts';
import { directoryProblem, directoryProblemFor, SqliteDirectoryHandle } from '../db/directory-connection.ts';
import { facilitiesByIds } from '../db/directory-facilities.repository.ts';
import { postgresDirectoryProblem, publishDirectory, withPostgresBuildLock } from '../db/directory-postgres.ts';
import { copyPublishedDirectory } from '../db/directory-postgres-copy.ts';
import { conflictOf } from '../domain/corrections.ts';
import { searchFrom } from '../domain/search-query.ts';
import { LocatorService } from '../features/locator/locator.service.ts';
import { searchPoints } from '../features/locator/search-points.ts';
import { auditDirectory, formatAudit, type ZipSearch } from '../pipeline/audit.ts';
import { buildDirectory, removeLeftovers } from '../pipeline/build.ts';
import { BuildLockedError, takeBuildLock } from '../pipeline/build-lock.ts';
import { diffDirectories, formatDiff } from '../pipeline/diff.ts';
import { ImportError } from '../pipeline/findtreatment-import.ts';
import { renamedIds } from '../pipeline/renamed-ids.ts';
import { formatReport } from '../pipeline/report.ts';
import { savedImport, saveImport } from '../pipeline/saved-import.ts';

const USAGE = `Usage:
  npm run directory -- ensure                      build the directory only if it is missing or from another version
                                                   (npm start runs this before it listens)
  npm run directory -- build                       rebuild the directory from data/sources (and the last import)
  npm run directory -- import FILE [--as-of DATE]  rebuild with a FindTreatment.gov export (.json, .csv or .xlsx)
                                                   as the newest source; DATE is when it was taken (default today)
  npm run directory -- export-hsds DIR             write the whole directory as Open Referral HSDS 3.0 into DIR
  npm run directory -- audit [--file PATH]         check the directory the site serves (or another directory file): false
                                                   merges, duplicates, contradictions, custody settings, places far
                                                   from their ZIP code and city, shared phone lines
With DATABASE_URL, export-hsds and audit read the directory published in the database.
Options:
  --json    print the report or the audit as JSON`;

/** A default search from a ZIP code, through the locator itself, page by page: the ids it finds. */
function zipSearchOn(file: string): { search: ZipSearch; close: () => void } {
  const handle = new SqliteDirectoryHandle(file);
  const locator = new LocatorService(handle);
  const search: ZipSearch = async (zip, radius) => {
    const found = new Set<string>();
    for (let page = 1; ; page++) {
      const result = await locator.search(searchFrom(zip, { radius, page, per_page: 100 }));
      for (const r of result.results) found.add(r.facility.id);
      if (page * 100 >= result.total) return found;
    }
  };
  return { search, close: () => handle.close() };
}

/**
 * A copy of the directory about to be replaced, to compare the new one with; undefined if there is none. With
 * DATABASE_URL that is the directory published in the database (the one every instance serves), not the file
 * this machine last built, which may be older or missing.
 */
async function keepPrevious(config: Readonly<Config>): Promise<string | undefined> {
  const previous = `${config.directoryPath}.previous`;
  if (config.databaseUrl) return (await copyPublishedDirectory(config.databaseUrl, previous)) ? previous : undefined;
  if (!fs.existsSync(config.directoryPath)) return undefined;
  fs.copyFileSync(config.directoryPath, previous);
  return previous;
}

type DirectoryToRead = { label: string } & (
  | { file: string; done: () => void; problem?: undefined }
  | { problem: string; file?: undefined }
);

/** A directory file to read as it is. */
function directoryFile(file: string): DirectoryToRead {
  const problem = directoryProblem(file);
  return problem ? { problem, label: file } : { file, label: file, done: () => {} };
}

/**
 * The directory the site serves, as a file to read: the directory file, or with DATABASE_URL a copy of the one
 * published in the database (removed by `done`). Undefined with the reason when there is none to read.
 */
async function servedDirectoryFile(config: Readonly<Config>): Promise<DirectoryToRead> {
  if (!config.databaseUrl) return directoryFile(config.directoryPath);
  const label = 'the directory in the database';
  const problem = await postgresDirectoryProblem(config.databaseUrl);
  if (problem) return { problem, label };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'open-treatment-published-'));
  const file = path.join(dir, 'directory.sqlite');
  if (!(await copyPublishedDirectory(config.databaseUrl, file))) {
    fs.rmSync(dir, { recursive: true, force: true });
    return { problem: 'no directory has been published to the database yet', label };
  }
  return { file, label, done: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * After a rebuild or import: records the facility ids it changed (old links then 301 to the new id, and
 * corrections follow), and counts the corrections the new directory disagrees with (editors see each in their
 * queue; nothing is overwritten either way). Returns the lines to print.
 */
async function afterRebuild(config: Readonly<Config>, previous: string | undefined): Promise<string[]> {
  const appDb = openAppDb(appDbLocation(config));
  const handle = new SqliteDirectoryHandle(config.directoryPath);
  try {
    const db = await appDb.ready();
    const lines: string[] = [];
    if (previous) {
      let changed: ReturnType<typeof renamedIds> | undefined;
      try {
        changed = renamedIds(previous, config.directoryPath);
      } catch {
        lines.push('The previous directory could not be compared (built by another version): no ids were carried over.');
      }
      if (changed) {
        const written = await saveFacilityAliases(db, changed.renamed, changed.liveIds, new Date().toISOString());
        lines.push(
          `Facility ids this rebuild changed: ${changed.renamed.size} (${written} new; old links redirect to the new ids).`,
        );
      }
    }
    const set = correctionSet(0, await activeCorrections(db), await facilityAliases(db));
    const ids = [...set.byFacility.keys()];
    const now = await facilitiesByIds(handle.snapshot(), ids);
    const conflicts = ids.flatMap((id) => (set.byFacility.get(id) ?? []).filter((c) => conflictOf(c, now.get(id))));
    lines.push(
      conflicts.length === 0
        ? `Corrections by our team: ${[...set.byFacility.values()].flat().length}, none in conflict with this directory.`
        : `Corrections the new directory disagrees with: ${conflicts.length}. They still show on the site; editors decide each one in their queue (/editor).`,
    );
    return lines;
  } finally {
    handle.close();
    await appDb.close();
  }
}

/** Rebuilds the directory from data/sources and the last import, then records what changed (afterRebuild). */
async function rebuild(config: Readonly<Config>, json: boolean): Promise<number> {
  return withBuildLock(config, () => rebuildLocked(config, json));
}

/**
 * Runs a build or import holding the build lock (one at a time per directory; a second fails at once with
 * BuildLockedError), after removing what an interrupted one left behind.
 */
async function withBuildLock<T>(config: Readonly<Config>, run: () => Promise<T>): Promise<T> {
  const lock = takeBuildLock(config.directoryPath);
  try {
    const leftovers = removeLeftovers(config.directoryPath);
    if (leftovers.length > 0) console.log(`Removed what an interrupted build left behind: ${leftovers.join(', ')}.`);
    // With DATABASE_URL, builds on other machines publish to the same database: one at a time there too.
    const { databaseUrl } = config;
    return databaseUrl ? await withPostgresBuildLock(databaseUrl, () => new BuildLockedError(), run) : await run();
  } finally {
    lock.release();
  }
}

/**
 * With DATABASE_URL: copies the directory file just built into PostgreSQL and publishes it; every instance
 * reloads it within a few seconds (see src/db/directory-postgres.ts). Without, the file is the directory.
 */
async function publish(config: Readonly<Config>): Promise<void> {
  if (!config.databaseUrl) return;
  const handle = new SqliteDirectoryHandle(config.directoryPath);
  try {
    const snapshot = handle.snapshot();
    const points = await searchPoints(snapshot);
    const published = await publishDirectory(config.databaseUrl, config.directoryPath, { searchPoints: points });
    console.log(
      `Published to PostgreSQL as ${published.schema} (copied in ${(published.copyMs / 1000).toFixed(1)} s, switched in ${published.switchMs} ms); every instance reloads it within a few seconds.`,
    );
  } finally {
    handle.close();
  }
}

async function rebuildLocked(config: Readonly<Config>, json: boolean): Promise<number> {
  const previous = await keepPrevious(config);
  try {
    const result = await buildDirectory({
      sourcesDir: config.sourcesDir,
      outPath: config.directoryPath,
      importFile: savedImport(config.importsDir),
    });
    console.log(json ? JSON.stringify(result.report, null, 2) : formatReport(result.report));
    console.log(`\nDirectory written to ${result.path}`);
    await publish(config);
    const lines = await afterRebuild(config, previous);
    if (!json) for (const line of lines) console.log(line);
    return 0;
  } finally {
    if (previous) fs.rmSync(previous, { force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  const [command, file] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  if (command === 'ensure') {
    // A fresh checkout has no directory yet, and an upgrade may need a new one: build it from the bundled
    // sources (no network needed) before the server listens, so the first visitor never waits for it.
    const problem = await directoryProblemFor(config);
    if (!problem) {
      console.log(`The directory ${config.databaseUrl ? 'in the database' : `at ${config.directoryPath}`} is ready.`);
      return 0;
    }
    console.log(`Building the directory from data/sources, because ${problem} (this takes a few seconds).`);
    return rebuild(config, values.json);
  }
  if (command === 'build') {
    return rebuild(config, values.json);
  }
  if (command === 'audit') {
    // --file: that directory file; else the directory the site serves (with DATABASE_URL, the published one).
    const served = values.file ? directoryFile(values.file) : await servedDirectoryFile(config);
    if (served.problem !== undefined) {
      console.error(`Cannot audit ${served.label}: ${served.problem}. Build one with: npm run directory -- build`);
      return 1;
    }
    const zips = zipSearchOn(served.file);
    try {
      const figures = await auditDirectory(served.file, config.sourcesDir, zips.search);
      console.log(values.json ? JSON.stringify(figures, null, 2) : formatAudit(figures));
    } finally {
      zips.close();
      served.done();
    }
    return 0;
  }
  if (command === 'import') {
    if (!file) {
      console.error('import needs a file: npm run directory -- import path/to/export.json');
      return 2;
    }
    const asOf = values['as-of'] ?? new Date().toISOString().slice(0, 10);
    return withBuildLock(config, async () => {
      // Keep a copy of the directory being replaced, to say what changed and which ids it changed.
      const previous = await keepPrevious(config);
      try {
        const result = await buildDirectory({
          sourcesDir: config.sourcesDir,
          outPath: config.directoryPath,
          importFile: { file, asOf },
          // Saved before the swap: a directory built from this export is never served while a later rebuild
          // would read an older one (if saving fails, nothing is swapped).
          beforeSwap: () => saveImport(config.importsDir, file, asOf),
        });
        console.log(values.json ? JSON.stringify(result.report, null, 2) : formatReport(result.report));
        if (previous) console.log(`\n${formatDiff(diffDirectories(previous, result.path))}`);
        console.log(`\nDirectory written to ${result.path}; the export is kept in ${config.importsDir} for later rebuilds.`);
        await publish(config);
        for (const line of await afterRebuild(config, previous)) console.log(line);
        return 0;
      } finally {
        if (previous) fs.rmSync(previous, { force: true });
      }
    });
  }
  if (command === 'export-hsds') {
    if (!file) {
      console.error('export-hsds needs a folder: npm run directory -- export-hsds out/hsds');
      return 2;
    }
    const served = await servedDirectoryFile(config);
    if (served.problem !== undefined) {
      console.error(`Cannot export ${served.label}: ${served.problem}. Build one with: npm run directory -- build`);
      return 1;
    }
    const { exportHsds } = await import('../features/open-data/hsds.export.ts');
    // With our team's corrections, as the site shows them.
    const appDb = openAppDb(appDbLocation(config));
    try {
      const corrections = new CorrectionsFeed(appDb);
      console.log(JSON.stringify(await exportHsds(served.file, file, config.publicUrl, corrections)));
    } finally {
      await appDb.close();
      served.done();
    }
    return 0;
  }
  console.error(`Unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BuildLockedError) {
      console.error(`Directory not changed: ${error.message}`);
      // EX_TEMPFAIL: a scheduler may simply try again later.
      process.exit(75);
    }
    if (error instanceof ImportError) {
      console.error(`Import failed, nothing changed: ${error.message}`);
    } else {
      console.error(`Directory build failed, nothing changed: ${(error as Error).stack ?? error}`);
    }
    process.exit(1);
  },
);
