import { describe, expect, it } from 'vitest';
import { firstScreenRows, firstScreenSnapshot, leastRowHeight } from '../../components/first-screen';
import type { SessionView } from '../../utils/popup-model';

const plain: SessionView = { sessionId: 'allegro:allegro.pl', siteName: 'Allegro', domain: 'allegro.pl', signedInAt: 1 };
const amazon: SessionView = {
  sessionId: 'amazon:amazon.pl',
  siteName: 'Amazon',
  domain: 'amazon.pl',
  signedInAt: 1,
  accountFlows: ['switchAccount', 'addAccount'],
  guides: [{ id: 'cancel-prime', menuLabel: { en: 'Cancel Prime…', pl: 'Anuluj Prime…' } }],
};
const found: SessionView = { sessionId: 'generic:shop.example', siteName: 'shop.example', domain: 'shop.example', signedInAt: 1, detectedBy: 'heuristics' };
const drawn = { accountFlows: true, guides: true };
const times = (n: number, session: SessionView) => Array.from({ length: n }, () => session);

describe('the first screen of rows (issue 13 §6)', () => {
  it('counts a row as its title and one line per detail and line of links it shows', () => {
    expect(leastRowHeight(plain, drawn)).toBe(52); // title, time
    expect(leastRowHeight(amazon, drawn)).toBe(100); // title, time, account flows, guides, manual guides
    expect(leastRowHeight(found, drawn)).toBe(84); // title, time, "found by heuristics", teach link
    expect(leastRowHeight({ ...plain, signedInAt: undefined }, drawn)).toBe(36);
  });

  it('leaves out the links a row does not show: offers the list has no handler for, and any while a sign-out runs', () => {
    expect(leastRowHeight(amazon, { accountFlows: false, guides: false })).toBe(68);
    expect(leastRowHeight({ ...amazon, job: { id: 'j', phase: 'running' } }, drawn)).toBe(52);
    expect(leastRowHeight({ ...found, job: { id: 'j', phase: 'running' } }, drawn)).toBe(68);
  });

  it('draws first as many rows as fill 600 px below the title and the heading (64 px), and every row when they do not', () => {
    expect(firstScreenRows(times(50, plain), drawn)).toBe(11); // 64 + 10 × 52 = 584, 64 + 11 × 52 = 636
    expect(firstScreenRows(times(50, amazon), drawn)).toBe(6); // 64 + 5 × 100 = 564
    expect(firstScreenRows([plain, ...times(49, amazon)], drawn)).toBe(6); // 64 + 52 + 5 × 100 = 616
    expect(firstScreenRows(times(10, plain), drawn)).toBe(10);
    expect(firstScreenRows([], drawn)).toBe(0);
  });
});

describe("the popup's copy of its first screen (issue 13 §6)", () => {
  const rows = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `allegro:shop-${String(i).padStart(2, '0')}.pl`, siteName: 'Allegro', domain: `shop-${String(i).padStart(2, '0')}.pl`, signedInAt: 1 }));
  const job = (sessionId: string, phase: 'running' | 'done') => ({ id: `job-${sessionId}-${phase}`, sessionId, siteName: 'Allegro', domain: 'x', phase, createdAt: 2, updatedAt: 2, finishedAt: 2 });
  const snapshot = (count: number, jobs: ReturnType<typeof job>[] = []) => ({ writtenAt: 3, language: 'auto' as const, sessions: rows(count), jobs, batches: [] });

  it('holds the sessions of the first screen and their running sign-outs, not the results below them', () => {
    const full = snapshot(30, [job('allegro:shop-00.pl', 'running'), job('allegro:shop-20.pl', 'running'), job('allegro:shop-01.pl', 'done')]);
    const kept = firstScreenSnapshot(full);
    // shop-01's result speaks for it: it is no row, and the first screen's 11 rows are the others.
    expect(kept.sessions.map((s) => s.id)).toEqual(full.sessions.map((s) => s.id).filter((id) => id !== 'allegro:shop-01.pl').slice(0, 11));
    expect(kept.jobs.map((j) => j.id)).toEqual(['job-allegro:shop-00.pl-running']);
    expect(kept.writtenAt).toBe(3);
  });

  it('is the whole snapshot when every row fits', () => {
    const full = snapshot(3, [job('allegro:shop-01.pl', 'done')]);
    expect(firstScreenSnapshot(full)).toBe(full);
  });
});
