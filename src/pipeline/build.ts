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
 * the live directory is untouched.
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
        'service-codes': legend.length,
      },
      legend,
      geography,
      builtAt: (options.now?.() ?? new Date()).toISOString(),
    });
    fs.renameSync(temp, options.outPath);
    return { report: buildReport(merged, digest, zipConflicts), merged, zipConflicts, path: options.outPath };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
