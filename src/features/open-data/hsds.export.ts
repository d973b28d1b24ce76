import fs from 'node:fs';
import path from 'node:path';
import type { CorrectionsSource } from '../../db/corrections-feed.ts';
import { DirectoryHandle } from '../../db/directory-connection.ts';
import { HsdsService } from './hsds.service.ts';

/**
 * Writes the whole directory as HSDS 3.0 into `outDir`, one JSON record a line (NDJSON, as the HSDS API's
 * `format=ndjson` streams them):
 *
 * - services.ndjson: fully nested services (organization, phones, languages, attributes, service_at_locations
 *   with their location and address): on its own, the whole directory;
 * - organizations.ndjson, locations.ndjson, service_at_locations.ndjson: the same records on their own;
 * - taxonomies.json and taxonomy_terms.json: the one taxonomy of SAMHSA service codes and its terms;
 * - README.txt: what the files are, and the licences.
 *
 * Files are written under a temporary name and renamed, so a reader never sees half a file. With `corrections`
 * (the command line passes the app database's), our team's corrections are in the export as on the site.
 */
export async function exportHsds(
  directoryPath: string,
  outDir: string,
  publicUrl: string,
  corrections?: CorrectionsSource,
): Promise<Record<string, number>> {
  fs.mkdirSync(outDir, { recursive: true });
  const handle = new DirectoryHandle(directoryPath);
  try {
    const hsds = new HsdsService(handle, publicUrl, corrections);
    const names = ['services', 'organizations', 'locations', 'service_at_locations'] as const;
    const streams = Object.fromEntries(names.map((n) => [n, fs.createWriteStream(path.join(outDir, `${n}.ndjson.tmp`))]));
    const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    const write = async (name: (typeof names)[number], record: unknown) => {
      counts[name] = (counts[name] ?? 0) + 1;
      const stream = streams[name] as fs.WriteStream;
      if (!stream.write(`${JSON.stringify(record)}\n`))
        await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    };
    for await (const h of hsds.all()) {
      await write('services', h.service);
      await write('organizations', h.organization);
      await write('locations', h.location);
      await write('service_at_locations', h.serviceAtLocation);
    }
    await Promise.all(Object.values(streams).map((s) => new Promise<void>((resolve) => s.end(() => resolve()))));
    for (const n of names) fs.renameSync(path.join(outDir, `${n}.ndjson.tmp`), path.join(outDir, `${n}.ndjson`));
    const taxonomies = await hsds.taxonomies();
    const terms = (await hsds.terms(1, Number.MAX_SAFE_INTEGER)).contents;
    fs.writeFileSync(path.join(outDir, 'taxonomies.json'), `${JSON.stringify(taxonomies, null, 1)}\n`);
    fs.writeFileSync(path.join(outDir, 'taxonomy_terms.json'), `${JSON.stringify(terms, null, 1)}\n`);
    counts.taxonomies = taxonomies.length;
    counts.taxonomy_terms = terms.length;
    fs.writeFileSync(
      path.join(outDir, 'README.txt'),
      [
        'Open Treatment directory in the Open Referral Human Services Data Specification (HSDS) 3.0.',
        'One JSON record per line. services.ndjson alone holds everything (fully nested); the other files hold',
        'the same organizations, locations and service_at_locations on their own. How our data maps to HSDS:',
        `${publicUrl}/open-data/hsds`,
        '',
        'Facility data: US government work (SAMHSA), public domain. Please tell people to call before they go.',
        'HSDS: Human Services Data Specification, an Open Referral resource (https://openreferral.org/), CC BY-SA 4.0.',
        '',
      ].join('\n'),
    );
    return counts;
  } finally {
    handle.close();
  }
}
