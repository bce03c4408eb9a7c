import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file so tests work from any working directory. */
export const projectRoot: string = fileURLToPath(new URL('../../', import.meta.url));

/** The project's gitignored scratch folder (certificates, browser profiles, Chromium's TMPDIR). */
export function projectTmpDir(...parts: string[]): string {
  const dir = join(projectRoot, '.tmp', ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}
