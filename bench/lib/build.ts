import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';
import { projectRoot } from '../../tests/fixture-sites/paths';

/** The benchmarks' own build: an `npm run build` elsewhere in the tree (tests, the demo) cannot swap it mid-run. */
export const BENCH_OUT = join(projectRoot, '.tmp', 'bench-build');
export const BENCH_EXTENSION_DIR = join(BENCH_OUT, 'chrome-mv3');

let built: Promise<string> | undefined;

/** Builds the production extension once per process (BENCH_SKIP_BUILD=1 reuses the last one). */
export function buildForBench(): Promise<string> {
  built ??= (async () => {
    // BENCH_EXTENSION_DIR: a build made earlier (e.g. of another commit), to compare two builds in runs close together.
    const given = process.env.BENCH_EXTENSION_DIR;
    if (given && existsSync(join(given, 'manifest.json'))) return given;
    if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(join(BENCH_EXTENSION_DIR, 'manifest.json'))) return BENCH_EXTENSION_DIR;
    const started = Date.now();
    // WXT prints every file and Rollup's notes about zod's comments: keep the terminal for the tables.
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write;
    try {
      await build({ root: projectRoot, outDir: BENCH_OUT, mode: 'production' });
    } finally {
      process.stdout.write = write;
    }
    console.error(`built the extension for the benchmarks in ${((Date.now() - started) / 1000).toFixed(1)} s → ${BENCH_EXTENSION_DIR}`);
    return BENCH_EXTENSION_DIR;
  })();
  return built;
}
