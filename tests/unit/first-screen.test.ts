import { describe, expect, it } from 'vitest';
import { firstScreenRows, leastRowHeight } from '../../components/first-screen';
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

  it('draws first as many rows as fill 600 px, and every row when they do not', () => {
    expect(firstScreenRows(times(50, plain), drawn)).toBe(12); // 11 × 52 = 572, 12 × 52 = 624
    expect(firstScreenRows(times(50, amazon), drawn)).toBe(6);
    expect(firstScreenRows([plain, ...times(49, amazon)], drawn)).toBe(7); // 52 + 5 × 100 = 552
    expect(firstScreenRows(times(11, plain), drawn)).toBe(11);
    expect(firstScreenRows([], drawn)).toBe(0);
  });
});
