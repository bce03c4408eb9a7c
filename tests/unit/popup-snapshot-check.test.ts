import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CHOICES } from '@/utils/language-setting';
import { readPopupSnapshot } from '@/utils/popup-snapshot';
import { PopupSnapshotSchema } from '@/utils/popup-snapshot-schema';
import { REASON_KEYS } from '@/utils/stored-reason';
import { PROPERTY_BUDGET, propertyRuns } from './property-runs';

// The popup checks its snapshot by hand (no zod in its script, issue #13 §6); the check must accept exactly what the
// zod schema accepts, and return the same value, on well-formed, slightly wrong and hostile values alike.

const hostile = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, NaN, Infinity, -Infinity, '', 'x', 0, -1, 1.5, true, false, [], {}, [[]], { length: 1 },
    'toString', '__proto__', 'constructor', 'Recipe', 'reasonMadeUp', 'not-listed', 'auto', 'done', 'popup'),
  fc.anything(),
);
/** Mostly the right thing, now and then something else (missing, the wrong type, a near-miss word). */
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ arbitrary: valid, weight: 40 }, { arbitrary: hostile, weight: 1 });
const str = field(fc.string({ maxLength: 6 }));
const num = field(fc.oneof(fc.integer(), fc.double()));
const bool = field(fc.boolean());
const word = <T>(...words: T[]) => field(fc.constantFrom(...words));
const list = <T>(item: fc.Arbitrary<T>) => field(fc.array(item, { maxLength: 3 }));
const extra = { extra: fc.anything() };

function record<R extends Record<string, fc.Arbitrary<unknown>>>(required: R, optional: Record<string, fc.Arbitrary<unknown>>) {
  return field(fc.record({ ...required, ...optional, ...extra }, { requiredKeys: Object.keys(required) as (keyof R & string)[] }));
}

const session = record(
  { id: str, siteName: str, domain: str, signedInAt: num },
  {
    accountName: str, detectedBy: word('recipe', 'heuristics'), siteCheck: record({ state: word('confirmed', 'unconfirmed') }, {}),
    accountFlows: list(word('switchAccount', 'addAccount')),
    guides: list(record({ id: str, menuLabel: record({ en: str, pl: str }, {}) }, { kind: str })),
    sharedSignIn: list(record({ name: str, host: str }, {})), endsAllAccountsOf: str, sessionCookiesUnknown: word(true),
  },
);
const job = record(
  {
    id: str, sessionId: str, siteName: str, domain: str, createdAt: num, updatedAt: num,
    phase: word('queued', 'opening', 'running', 'verifying', 'forgetting', 'clearing', 'done'),
  },
  {
    accountName: str, outcome: word('verified', 'cleared', 'failed'), reason: record({ key: word(...REASON_KEYS) }, { detail: str }),
    finishedAt: num, forgotRemembered: word<boolean | string>(true, false, 'not-listed'), batchId: str, leftoversCleared: bool, dismissed: bool, endedAllAccountsOf: str,
  },
);
const batch = record(
  { id: str, startedAt: num, trigger: word('popup', 'shortcut', 'context-menu', 'idle', 'leave', 'start-banner'), kept: list(str) },
  { closedTabs: num },
);
const snapshot = record({ writtenAt: num, language: word(...LANGUAGE_CHOICES), sessions: list(session), jobs: list(job), batches: list(batch) }, {});

function schemaReading(value: unknown) {
  const parsed = PopupSnapshotSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

describe("the popup's hand-written snapshot check", () => {
  it('accepts exactly what the zod schema accepts, and reads the same value from it', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(snapshot, (value) => {
        const read = readPopupSnapshot(value);
        expect(read).toStrictEqual(schemaReading(value));
        if (read === undefined) rejected += 1;
        else accepted += 1;
      }),
      propertyRuns(PROPERTY_BUDGET.popupSnapshotCheck),
    );
    // Both sides of the line are exercised: well-formed snapshots and broken ones.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  }, 30_000); // 1,500 generated snapshots: seconds on a loaded machine.

  it('rejects hostile and malformed snapshots, each also rejected by the schema', () => {
    const good = {
      writtenAt: 1, language: 'pl',
      sessions: [{ id: 'a:a.pl', siteName: 'A', domain: 'a.pl', signedInAt: 1, guides: [{ id: 'g', menuLabel: { en: 'G', pl: 'G' } }] }],
      jobs: [{ id: 'j', sessionId: 'a:a.pl', siteName: 'A', domain: 'a.pl', phase: 'done', createdAt: 1, updatedAt: 2, reason: { key: 'reasonTimeout' } }],
      batches: [{ id: 'b', startedAt: 1, trigger: 'leave', kept: ['bank.pl'] }],
    };
    const [s, j, b] = [good.sessions[0]!, good.jobs[0]!, good.batches[0]!];
    const bad: unknown[] = [
      undefined, null, 'snapshot', 7, [], [good], {}, { ...good, sessions: undefined }, { ...good, writtenAt: NaN }, { ...good, writtenAt: Infinity },
      { ...good, writtenAt: '1' }, { ...good, language: 'de' }, { ...good, language: 'toString' }, { ...good, sessions: { 0: s, length: 1 } },
      { ...good, sessions: [s, null] }, { ...good, sessions: [{ ...s, id: 1 }] }, { ...good, sessions: [{ ...s, signedInAt: 'yesterday' }] },
      { ...good, sessions: [{ ...s, siteName: undefined }] }, { ...good, sessions: [{ ...s, detectedBy: 'Recipe' }] },
      { ...good, sessions: [{ ...s, siteCheck: { state: 'confirmed ' } }] }, { ...good, sessions: [{ ...s, siteCheck: 'confirmed' }] },
      { ...good, sessions: [{ ...s, accountFlows: ['switchAccount', 'deleteAccount'] }] }, { ...good, sessions: [{ ...s, accountFlows: 'switchAccount' }] },
      { ...good, sessions: [{ ...s, guides: [{ id: 'g', menuLabel: 'Cancel' }] }] }, { ...good, sessions: [{ ...s, guides: [{ id: 'g', menuLabel: { en: 'G' } }] }] },
      { ...good, sessions: [{ ...s, guides: [{ id: 'g', menuLabel: { en: 'G', pl: 'G' }, kind: 1 }] }] },
      { ...good, sessions: [{ ...s, sharedSignIn: [{ name: 'Gist' }] }] }, { ...good, sessions: [{ ...s, sessionCookiesUnknown: false }] },
      { ...good, sessions: [{ ...s, endsAllAccountsOf: null }] }, { ...good, jobs: [{ ...j, phase: 'signed-out' }] },
      { ...good, jobs: [{ ...j, reason: { key: 'reasonMadeUp' } }] }, { ...good, jobs: [{ ...j, reason: 'reasonTimeout' }] },
      { ...good, jobs: [{ ...j, reason: { key: 'reasonTimeout', detail: 3 } }] }, { ...good, jobs: [{ ...j, outcome: 'signed-out' }] },
      { ...good, jobs: [{ ...j, forgotRemembered: 'yes' }] }, { ...good, jobs: [{ ...j, dismissed: 'true' }] }, { ...good, jobs: [{ ...j, finishedAt: -Infinity }] },
      { ...good, jobs: [{ ...j, updatedAt: undefined }] }, { ...good, batches: [{ ...b, trigger: 'someone' }] }, { ...good, batches: [{ ...b, kept: [1] }] },
      { ...good, batches: [{ ...b, closedTabs: '3' }] }, JSON.parse('{"__proto__": {"writtenAt": 1}}'),
    ];
    for (const value of bad) {
      expect(schemaReading(value), JSON.stringify(value)).toBeUndefined();
      expect(readPopupSnapshot(value), JSON.stringify(value)).toBeUndefined();
    }
    // What it accepts it returns without the keys it does not know, as the schema does.
    const withExtras = { ...good, admin: true, sessions: [{ ...s, cookieNames: ['sid'], guides: [{ ...s.guides[0], html: '<b>' }] }] };
    expect(readPopupSnapshot(withExtras)).toStrictEqual(good);
    expect(readPopupSnapshot(withExtras)).toStrictEqual(schemaReading(withExtras));
  });
});
