// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetKeptSnapshot, keepSnapshot, keptSnapshot, POPUP_PAGE, popupAddress } from '../../utils/popup-snapshot-cache';
import type { PopupSnapshot } from '../../utils/popup-snapshot-schema';

const snapshot = (writtenAt: number, count = 2): PopupSnapshot => ({
  writtenAt,
  language: 'pl',
  sessions: Array.from({ length: count }, (_, i) => ({ id: `generic:shop-${i}.example`, siteName: `Sklep „${i}”`, domain: `shop-${i}.example`, signedInAt: 1 })),
  jobs: [],
  batches: [],
});
const hashOf = (address: string) => address.slice(POPUP_PAGE.length);

describe("the popup's own copy of its snapshot", () => {
  beforeEach(() => localStorage.clear());

  it('is drawn only when the toolbar popup\'s address names that very snapshot', () => {
    keepSnapshot(snapshot(1700000000001));
    expect(popupAddress(snapshot(1700000000001))).toBe(`${POPUP_PAGE}#1700000000001`);
    expect(keptSnapshot(hashOf(popupAddress(snapshot(1700000000001))))).toEqual(snapshot(1700000000001));
    // The background has written other rows since: the copy is not them.
    expect(keptSnapshot(hashOf(popupAddress(snapshot(1700000000002))))).toBeUndefined();
    // Opened without an address (a tab, a test): storage is read instead.
    expect(keptSnapshot('')).toBeUndefined();
  });

  it('keeps no account name: the copy outlives sign-outs the popup never sees', () => {
    const named = snapshot(8);
    named.sessions[0]!.accountName = 'Jan Kowalski';
    named.jobs.push({ id: 'j', sessionId: named.sessions[1]!.id, siteName: 'Sklep', domain: 'shop-1.example', accountName: 'Anna', phase: 'running', createdAt: 1, updatedAt: 2 });
    keepSnapshot(named);
    expect(localStorage.getItem('popupSnapshot')).not.toMatch(/Jan Kowalski|Anna/);
    const drawn = keptSnapshot('#8');
    expect(drawn?.sessions.map((s) => s.accountName)).toEqual([undefined, undefined]);
    expect(drawn?.jobs.map((j) => [j.id, j.accountName])).toEqual([['j', undefined]]);
  });

  it('is the plain page with no rows, and keeps no copy then', () => {
    expect(popupAddress(undefined)).toBe(POPUP_PAGE);
    expect(popupAddress(snapshot(5, 0))).toBe(POPUP_PAGE);
    keepSnapshot(snapshot(5));
    keepSnapshot(snapshot(6, 0));
    expect(localStorage.length).toBe(0);
    keepSnapshot(snapshot(7));
    forgetKeptSnapshot();
    expect(localStorage.length).toBe(0);
  });

  it('reads nothing from a hand-made address or a copy that is not a snapshot', () => {
    keepSnapshot(snapshot(7));
    for (const hash of ['#', '#x', '#7x', '#-7', '#1e3', '#7.0', `#${'9'.repeat(17)}`]) expect(keptSnapshot(hash), hash).toBeUndefined();
    localStorage.setItem('popupSnapshot', '{"writtenAt":7');
    expect(keptSnapshot('#7')).toBeUndefined();
    localStorage.setItem('popupSnapshot', JSON.stringify({ ...snapshot(7), sessions: [{ id: 'x', signedInAt: 'yesterday' }] }));
    expect(keptSnapshot('#7')).toBeUndefined();
  });
});
