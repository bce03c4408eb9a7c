import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFixtures, type Fixtures } from './browser';
import { renderSection, type Section } from './report';

export type Benchmark = (fixtures: Fixtures) => Promise<Section>;

/** Runs benchmarks against one fixture server and returns their sections. */
export async function runBenchmarks(benchmarks: readonly Benchmark[]): Promise<Section[]> {
  const fixtures = await startFixtures();
  try {
    const sections: Section[] = [];
    for (const benchmark of benchmarks) {
      const section = await benchmark(fixtures);
      console.log(`\n${renderSection(section)}`);
      sections.push(section);
    }
    return sections;
  } finally {
    await fixtures.server.close();
  }
}

/** `tsx bench/<name>.ts` runs that one benchmark and prints its tables (docs/benchmarks.md is left alone). */
export function runAlone(moduleUrl: string, benchmark: Benchmark): void {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  runBenchmarks([benchmark]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
