/** Node-only test helpers: the upstream API samples in `tests/fixtures/openstack-api-samples`. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The samples folder inside the repository, found from this file so any working directory will do. */
export const samplesDir = fileURLToPath(new URL('../../tests/fixtures/openstack-api-samples', import.meta.url));

export function sampleText(relativePath: string): string {
  return readFileSync(path.join(samplesDir, relativePath), 'utf8');
}

/** A sample file parsed as JSON, e.g. `sample('nova/servers/servers-details-resp.json')`. */
export function sample(relativePath: string): unknown {
  return JSON.parse(sampleText(relativePath)) as unknown;
}

/** A sample object to tweak in a test (a fresh copy each call). */
export function sampleRecord(relativePath: string): Record<string, unknown> {
  const value = sample(relativePath);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${relativePath} is not an object`);
  return value as Record<string, unknown>;
}

/** Every `.json` file under the samples folder, as paths relative to it with `/` separators. */
export function listSampleJsonFiles(dir: string = samplesDir): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.relative(samplesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
