/**
 * Writes data/sources/pr_municipios_census.csv, Puerto Rico's 78 municipios with a point for each:
 * `npx tsx scripts/build-pr-municipios.ts`. The file is committed, so the directory build needs no network and
 * no step of its own; run this again only to change it.
 *
 * Why: GeoNames' US postal file (our city table) leaves Puerto Rico out, and the ZCTA file has points but no
 * names, so before this a PR town was only findable if one of our facilities listed it ("Cataño, PR" was not).
 *
 * Source: us-atlas 3.0.1 counties-10m.json (already a dependency, for the maps): the US Census Bureau's 2017
 * cartographic boundary files (public domain), whose Puerto Rico "counties" (FIPS 72xxx) are the municipios,
 * named with their accents ("Cataño", "Mayagüez"). The point is the area centroid (d3-geo) of each municipio's
 * biggest piece of land, so an offshore island (Mayagüez's Mona and Desecheo) does not pull it into the sea;
 * rounded to 5 decimals (about a metre).
 */

/** The biggest polygon of a municipio: its main land. */
function mainLand(shape: Feature<Polygon | MultiPolygon>): Polygon {
  const g = shape.geometry;
  if (g.type === 'Polygon') return g;
  const pieces = g.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }));
  return pieces.sort((a, b) => geoArea(b) - geoArea(a))[0] as Polygon;
}

import fs from 'node:fs';
import path from 'node:path';
import { geoArea, geoCentroid } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ROOT } from '../src/config.ts';

const require = (await import('node:module')).createRequire(import.meta.url);
const topology = JSON.parse(fs.readFileSync(require.resolve('us-atlas/counties-10m.json'), 'utf8')) as Topology;
const counties = topology.objects.counties as GeometryCollection<{ name: string }>;

const rows = counties.geometries
  .filter((g) => String(g.id).startsWith('72'))
  .map((g) => {
    const [longitude, latitude] = geoCentroid(mainLand(feature(topology, g) as Feature<Polygon | MultiPolygon>));
    return { fips: String(g.id), municipio: (g.properties as { name?: string } | undefined)?.name ?? '', latitude, longitude };
  })
  .sort((a, b) => a.fips.localeCompare(b.fips));

if (rows.length !== 78 || rows.some((r) => !r.municipio)) throw new Error(`expected 78 named municipios, got ${rows.length}`);

const out = path.join(ROOT, 'data', 'sources', 'pr_municipios_census.csv');
const csv = [
  'fips,municipio,state,latitude,longitude',
  ...rows.map((r) => `${r.fips},${r.municipio},PR,${r.latitude.toFixed(5)},${r.longitude.toFixed(5)}`),
];
fs.writeFileSync(out, `${csv.join('\n')}\n`);
console.log(`Wrote ${rows.length} municipios to ${path.relative(ROOT, out)}`);
