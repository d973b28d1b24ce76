import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const manifest = z.object({ file: z.string(), asOf: z.string(), importedAt: z.string() });

/**
 * The newest FindTreatment.gov import is kept in the imports folder, so every later rebuild (and a first
 * start on a new disk) includes it, until a newer import replaces it.
 */
export function savedImport(importsDir: string): { file: string; asOf: string } | undefined {
  const manifestFile = path.join(importsDir, 'import.json');
  if (!fs.existsSync(manifestFile)) return undefined;
  const parsed = manifest.parse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  return { file: path.join(importsDir, parsed.file), asOf: parsed.asOf };
}

export function saveImport(importsDir: string, file: string, asOf: string, now = new Date()): void {
  fs.mkdirSync(importsDir, { recursive: true });
  const name = `findtreatment-export${path.extname(file).toLowerCase()}`;
  const temp = path.join(importsDir, `${name}.saving`);
  fs.copyFileSync(file, temp);
  fs.renameSync(temp, path.join(importsDir, name));
  const manifestTemp = path.join(importsDir, 'import.json.saving');
  fs.writeFileSync(manifestTemp, `${JSON.stringify({ file: name, asOf, importedAt: now.toISOString() }, null, 2)}\n`);
  fs.renameSync(manifestTemp, path.join(importsDir, 'import.json'));
}
