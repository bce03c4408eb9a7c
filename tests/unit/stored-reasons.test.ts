import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SignoffDb } from '@/utils/db';
import { AuditRow, JobRow } from '@/utils/db-schema';
import { readStoredReason, reasonFromLegacyText } from '@/utils/stored-reason';
import { buildPopupModel, needsSiteAccess, outcomeKey, reasonText } from '@/utils/popup-model';
import { formatMessage, type Translate } from '@/utils/i18n';
import en from '@/public/_locales/en/messages.json';

// Issue #13 §3: a reason is stored as a value ({ key, detail? }); rows written as "reasonX: detail" are upgraded.

const job = (id: string, reason: string) => ({
  id, kind: 'sign-out', sessionId: `amazon:${id}`, recipeId: 'amazon', siteName: 'Amazon', domain: 'amazon.pl',
  phase: 'done', methodIndex: 0, stepIndex: 0, resumes: 0, openedTab: false,
  createdAt: 1, updatedAt: 2, deadline: 3, outcome: 'failed', reason, finishedAt: 2,
});

describe('reasons stored as text by version 4 read as values after the upgrade', () => {
  it('turns job and audit reasons into { key, detail? } that the row schemas accept', async () => {
    const name = 'signoff-reasons-test';
    const before = new Dexie(name);
    before.version(4).stores({ sessions: 'id', jobs: 'id, sessionId, phase, createdAt, batchId', audit: '++id, at, domain' });
    await before.table('jobs').bulkAdd([
      job('a', 'reasonNoSiteAccess'),
      job('b', 'reasonTabLeftSite: www.facebook.com'),
      job('c', 'The network is down'),
    ]);
    await before.table('audit').add({
      at: 1, action: 'sign-out', recipeId: 'amazon', domain: 'amazon.pl', outcome: 'cleared',
      reason: 'reasonClearFailed: Error: quota', durationMs: 5,
    });
    before.close();

    const after = new SignoffDb(name);
    const jobs = await after.jobs.orderBy('id').toArray();
    expect(jobs.map((row) => row.reason)).toEqual([
      { key: 'reasonNoSiteAccess' },
      { key: 'reasonTabLeftSite', detail: 'www.facebook.com' },
      { key: 'reasonUnexpected', detail: 'The network is down' },
    ]);
    for (const row of jobs) expect(JobRow.safeParse(row).success).toBe(true);
    const [audit] = await after.audit.toArray();
    expect(audit?.reason).toEqual({ key: 'reasonClearFailed', detail: 'Error: quota' });
    expect(AuditRow.safeParse(audit).success).toBe(true);

    // The popup reads the upgraded row as before: the same outcome text, the same reason text, the same offer.
    const t: Translate = (key, subs) => formatMessage(en[key], subs);
    const [result] = buildPopupModel([], [jobs[0]!], 10).results;
    expect(needsSiteAccess(result!)).toBe(true);
    expect(t(outcomeKey(result!.outcome, result!.reason))).toBe('Could not sign out');
    expect(reasonText(t, jobs[1]!.reason!)).toBe(en.reasonTabLeftSite.message);
    after.close();
    await Dexie.delete(name);
  });

  it('a page reading without Dexie before the upgrade gets the same value, and nothing from a malformed reason', () => {
    expect(readStoredReason('reasonSiteStillSignedIn')).toEqual({ key: 'reasonSiteStillSignedIn' });
    expect(readStoredReason({ key: 'reasonTimeout', detail: 'step 2' })).toEqual({ key: 'reasonTimeout', detail: 'step 2' });
    expect(readStoredReason({ key: 'extName' })).toBeUndefined();
    expect(readStoredReason(42)).toBeUndefined();
    expect(reasonFromLegacyText('extName: x')).toEqual({ key: 'reasonUnexpected', detail: 'extName: x' });
  });
});
