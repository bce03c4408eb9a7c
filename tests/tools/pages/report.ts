import type { MethodCheck, StepState } from './in-page';
import type { PageResult } from './check-pages';

export type Verdict = 'ok' | 'missed' | 'false-positive' | 'wrong-name' | 'no-name' | 'not-judged';

export interface Judged {
  result: PageResult;
  detection: Verdict;
  name: Verdict;
  signOut: Verdict;
  failed: boolean;
}

const fold = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** A steps method whose first pressing step finds its control in the page. */
function firstStepFound(method: MethodCheck): boolean {
  const first = method.steps.find((step) => step.state !== 'navigates');
  return method.kind === 'steps' && method.steps[0]?.state !== 'navigates' && first?.state === 'found';
}

/** Holds one page's result against what its sidecar says the page shows. */
export function judge(result: PageResult): Judged {
  const { sidecar } = result.page;
  const { check } = result;
  const detection: Verdict = sidecar.signedIn === check.signedIn ? 'ok' : sidecar.signedIn ? 'missed' : 'false-positive';
  let name: Verdict = 'not-judged';
  if (typeof sidecar.name === 'string' && sidecar.signedIn) {
    if (!check.accountName) name = 'no-name';
    else name = fold(check.accountName) === fold(sidecar.name) ? 'ok' : 'wrong-name';
  } else if (sidecar.name === null && check.accountName) name = 'wrong-name';
  let signOut: Verdict = 'not-judged';
  if (sidecar.signOutEntry === 'shown') signOut = check.methods.some(firstStepFound) ? 'ok' : 'missed';
  const failed = [detection, name, signOut].some((verdict) => verdict !== 'ok' && verdict !== 'not-judged');
  return { result, detection, name, signOut, failed };
}

const STATE_MARK: Record<StepState, string> = { found: '✓', hidden: 'h', refused: '!', absent: '·', navigates: '→' };

function methodText(method: MethodCheck, index: number): string {
  if (method.kind !== 'steps') return `${index + 1}:${method.kind}`;
  return `${index + 1}:${method.steps.map((step) => STATE_MARK[step.state]).join('')}`;
}

/** The first control a steps method would press, for a reader to see what a "found" really is. */
function firstControl(judged: Judged): string {
  for (const method of judged.result.check.methods) {
    const step = method.steps.find((candidate) => candidate.state === 'found' || candidate.state === 'refused');
    if (step?.control) return `${step.state === 'refused' ? 'refused ' : ''}${step.control}`;
  }
  return '';
}

const pad = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

/** One line per page, then one per site: what the recipes found, and what the sidecars say the pages show. */
export function formatTable(all: readonly Judged[]): string {
  const lines = [
    `${pad('page', 44)} ${pad('site', 9)} ${pad('year lang', 10)} ${pad('signed in: page→found (marker)', 46)} ${pad('name: page→read', 30)} ${pad('sign-out', 18)} ${pad('first control', 40)} verdict`,
  ];
  for (const judged of all) {
    const { sidecar, file } = judged.result.page;
    const { check } = judged.result;
    const signedIn = `${sidecar.signedIn ? 'in' : 'out'}→${check.signedIn ? 'in' : 'out'}${check.marker ? ` (${check.marker})` : ''}${check.hiddenMarkers.length ? ` hidden:${check.hiddenMarkers.length}` : ''}`;
    const shown = sidecar.name === undefined ? '?' : (sidecar.name ?? '—');
    const name = `${shown}→${check.accountName ?? '—'}`;
    const signOut = `${sidecar.signOutEntry === 'shown' ? 'shown ' : sidecar.signOutEntry === 'not-in-dom' ? 'script ' : ''}${check.methods.map(methodText).join(' ')}`;
    const verdict = judged.failed ? `FAIL ${[['detection', judged.detection], ['name', judged.name], ['sign-out', judged.signOut]].filter(([, v]) => v !== 'ok' && v !== 'not-judged').map(([what, v]) => `${what}:${v}`).join(' ')}` : 'ok';
    lines.push(`${pad(file, 44)} ${pad(sidecar.site, 9)} ${pad(`${sidecar.year} ${sidecar.language}`, 10)} ${pad(signedIn, 46)} ${pad(name, 30)} ${pad(signOut, 18)} ${pad(firstControl(judged), 40)} ${verdict}`);
  }
  lines.push('', 'sign-out steps: ✓ found  h only hidden matches  ! refused by the click guard  · absent (script-rendered)  → navigates');
  return lines.join('\n');
}

export interface SiteSummary {
  site: string;
  pages: number;
  years: number[];
  languages: string[];
  signedInDetected: string;
  signedOutClean: string;
  namesRight: string;
  firstStepFound: string;
}

const ratio = (good: number, all: number) => (all === 0 ? '—' : `${good}/${all}`);

/** Per recipe: how many pages, which years and languages, and how each check fared. */
export function summarize(all: readonly Judged[]): SiteSummary[] {
  const sites = [...new Set(all.map((judged) => judged.result.page.sidecar.site))].sort();
  return sites.map((site) => {
    const mine = all.filter((judged) => judged.result.page.sidecar.site === site);
    const signedIn = mine.filter((judged) => judged.result.page.sidecar.signedIn);
    const signedOut = mine.filter((judged) => !judged.result.page.sidecar.signedIn);
    const named = mine.filter((judged) => judged.name !== 'not-judged');
    const shown = mine.filter((judged) => judged.signOut !== 'not-judged');
    return {
      site,
      pages: mine.length,
      years: [...new Set(mine.map((judged) => judged.result.page.sidecar.year))].sort(),
      languages: [...new Set(mine.map((judged) => judged.result.page.sidecar.language))].sort(),
      signedInDetected: ratio(signedIn.filter((judged) => judged.detection === 'ok').length, signedIn.length),
      signedOutClean: ratio(signedOut.filter((judged) => judged.detection === 'ok').length, signedOut.length),
      namesRight: ratio(named.filter((judged) => judged.name === 'ok').length, named.length),
      firstStepFound: ratio(shown.filter((judged) => judged.signOut === 'ok').length, shown.length),
    };
  });
}

export function formatSummary(summaries: readonly SiteSummary[]): string {
  const lines = ['| site | pages | years | languages | signed in detected | signed out not detected | names right | first sign-out step found |', '|---|---|---|---|---|---|---|---|'];
  for (const s of summaries) {
    lines.push(`| ${s.site} | ${s.pages} | ${s.years.join(', ')} | ${s.languages.join(', ')} | ${s.signedInDetected} | ${s.signedOutClean} | ${s.namesRight} | ${s.firstStepFound} |`);
  }
  return lines.join('\n');
}
