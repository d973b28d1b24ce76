import fs from 'node:fs';
import path from 'node:path';
import { writeDirectory } from './directory.writer.ts';
import { readFindTreatmentExport } from './findtreatment-import.ts';
import { addFacilityCityCentroids } from './geography.ts';
import { loadLegend } from './legend.ts';
import { type MergeResult, mergeSources } from './merge.ts';
import { type BuildReport, buildReport } from './report.ts';
import { readBundledSource } from './source-readers.ts';
import type { LoadedSource } from './source-row.ts';
import { BUNDLED_SOURCES } from './sources.ts';
import { loadCheckedGeography, type ZipConflict } from './zip-points.ts';

export interface BuildOptions {
  sourcesDir: string;
  /** The live directory file; the new one is written beside it and renamed over it only when complete. */
  outPath: string;
  /** A FindTreatment.gov export to read as the newest source. */
  importFile?: { file: string; asOf: string } | undefined;
  now?: () => Date;
  /**
   * Runs once the new file is complete and on disk, just before it is renamed into place (the import saves
   * its export here, so the export a rebuild will read is never older than the directory being served). If it
   * throws, nothing is swapped.
   */
  beforeSwap?: () => void;
}

export interface BuildResult {
  report: BuildReport;
  merged: MergeResult;
  zipConflicts: ZipConflict[];
  path: string;
}

/**
 * Builds the directory from the bundled sources (and an import, if given) into a temporary file next to the
 * live one, then renames it into place. A rename within one folder is atomic, so a reader sees either the
 * old directory or the new one, never half of either; if anything fails, the temporary file is removed and
 * the live directory is untouched. The new file is flushed to disk before the rename and the folder after it,
 * so a power cut leaves the old directory or the whole new one. Callers that may run at the same time as
 * another build take the build lock first (build-lock.ts), as the directory command does.
 */
export async function buildDirectory(options: BuildOptions): Promise<BuildResult> {
  const sources: LoadedSource[] = [];
  if (options.importFile) {
    sources.push(
      await readFindTreatmentExport(options.importFile.file, { asOf: options.importFile.asOf, sourcesDir: options.sourcesDir }),
    );
  }
  for (const s of BUNDLED_SOURCES) sources.push(readBundledSource(s.info, s.shape, options.sourcesDir));
  const geography = loadCheckedGeography(options.sourcesDir, sources);
  const { zipConflicts } = geography;
  // Counted before the facilities' own cities are added (and a few placeholder points replaced).
  const geonamesCities = [...geography.cities.values()].filter((c) => c.source === 'geonames-cities').length;
  const legend = loadLegend(options.sourcesDir);
  const merged = mergeSources(sources, geography);
  addFacilityCityCentroids(geography, merged.facilities);

  fs.mkdirSync(path.dirname(options.outPath), { recursive: true });
  const temp = `${options.outPath}.${process.pid}.${Date.now()}.building`;
  try {
    const digest = writeDirectory(temp, {
      merged,
      sources,
      referenceRows: {
        'zcta-2021': [...geography.zips.values()].filter((z) => z.source === 'zcta-2021').length,
        'geonames-postal': [...geography.zips.values()].filter((z) => z.source === 'geonames-postal').length,
        'geonames-cities': geonamesCities,
        'census-pr-municipios': [...geography.cities.values()].filter((c) => c.source === 'census-pr-municipios').length,
        'service-codes': legend.length,
      },
      legend,
      geography,
      builtAt: (options.now?.() ?? new Date()).toISOString(),
    });
    syncFile(temp);
    options.beforeSwap?.();
    fs.renameSync(temp, options.outPath);
    // The rename is only durable once the folder's own entry list is on disk.
    syncFile(path.dirname(options.outPath));
    return { report: buildReport(merged, digest, zipConflicts), merged, zipConflicts, path: options.outPath };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Removes what an interrupted build or import left beside the live directory: half-written `*.building`
 * files and the `.previous` copy kept for comparing. Call it only while holding the build lock (see
 * build-lock.ts), so the files of a build in progress are never touched.
 */
export function removeLeftovers(outPath: string): string[] {
  const dir = path.dirname(outPath);
  const base = path.basename(outPath);
  if (!fs.existsSync(dir)) return [];
  const leftovers = fs
    .readdirSync(dir)
    .filter((name) => name === `${base}.previous` || (name.startsWith(`${base}.`) && name.endsWith('.building')));
  for (const name of leftovers) fs.rmSync(path.join(dir, name), { force: true });
  return leftovers;
}

/** Flushes a file (or a folder's entries) to the disk, so a power cut after a rename cannot leave an empty file. */
function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
