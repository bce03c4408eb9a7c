import { table } from './stats';

/** One target of the issue and what this run measured against it. */
export interface Check {
  target: string;
  measured: string;
  met: boolean;
}

/** One benchmark's contribution to the printed report and to docs/benchmarks.md. */
export interface Section {
  title: string;
  /** What was measured and how, in a sentence or two. */
  method: string;
  checks: Check[];
  tables: string[];
}

const verdict = (met: boolean) => (met ? 'met' : '**missed**');

export function renderSection(section: Section): string {
  return [
    `## ${section.title}`,
    '',
    section.method,
    '',
    ...section.checks.map((check) => `- Target ${check.target}: ${check.measured} — ${verdict(check.met)}`),
    '',
    ...section.tables.flatMap((t) => [t, '']),
  ].join('\n');
}

export function summaryTable(sections: readonly Section[]): string {
  return table(
    ['benchmark', 'target', 'measured (medians)', ''],
    sections.flatMap((section) => section.checks.map((check) => [section.title, check.target, check.measured, verdict(check.met)])),
  );
}
