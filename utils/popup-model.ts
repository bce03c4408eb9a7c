import type { ForgetResult, JobOutcome, JobPhase, JobRow, Reason, SessionRow } from './db-schema';
import { isReasonKey, type MessageKey, type Translate } from './i18n';

/** How long a finished job stays in the popup's "Results" unless dismissed. */
export const RESULT_TTL_MS = 30 * 60 * 1000;

export type ActivePhase = Exclude<JobPhase, 'done'>;

export interface SiteInfo {
  siteName: string;
  domain: string;
  accountName?: string;
}

/** A row of the "Signed in" list: a session, or a running job whose session row is already gone. */
export interface SessionView extends SiteInfo {
  sessionId: string;
  /** Absent for a running job whose session was already removed. */
  signedInAt?: number;
  /** The running sign-out, if any: then the row shows progress instead of the button. */
  job?: { id: string; phase: ActivePhase };
  /** "heuristics": a site without a recipe, found by heuristics (the row says so). */
  detectedBy?: 'recipe' | 'heuristics';
  /** Only cookies say so: the site could not be asked (the row says "not confirmed by the site"). */
  unconfirmed?: true;
  /** The switch/add-account flows and the guides the session's recipe offers (the background writes them on the row). */
  accountFlows?: SessionRow['accountFlows'];
  guides?: SessionRow['guides'];
  /** Services on the same sign-in: signing out of this row signs out of them too, and the other way round. */
  sharedSignIn?: SessionRow['sharedSignIn'];
  /** The site's sign-out ends every account of this name in the browser (the background writes it on the row). */
  endsAllAccountsOf?: string;
  /** No source names the site's session cookies: the row says that only the site's answer counts. */
  sessionCookiesUnknown?: true;
  /** The site is not modelled: the row says Signoff cannot tell whether anyone is signed in there, and names no one. */
  notModelled?: true;
}

export interface ResultView extends SiteInfo {
  jobId: string;
  sessionId: string;
  outcome: JobOutcome;
  reason?: Reason;
  finishedAt: number;
  /** After a verified sign-out: what became of the account on the site's sign-in page (recipes that can tell). */
  forgotRemembered?: ForgetResult;
  /** The sign-out that worked ends every account of this name in the browser. */
  endedAllAccountsOf?: string;
}

/** The fields of a session row the popup reads (its snapshot, utils/popup-snapshot.ts, carries these only). */
export type PopupSessionRow = Pick<
  SessionRow,
  'id' | 'siteName' | 'domain' | 'accountName' | 'signedInAt' | 'detectedBy' | 'accountFlows' | 'guides' | 'sharedSignIn' | 'endsAllAccountsOf'
  | 'sessionCookiesUnknown' | 'notModelled'
> & { siteCheck?: Pick<NonNullable<SessionRow['siteCheck']>, 'state'> };

/** The fields of a job row the popup reads, for its rows, its results and the batch view. */
export type PopupJobRow = Pick<
  JobRow,
  | 'id' | 'sessionId' | 'siteName' | 'domain' | 'accountName' | 'phase' | 'createdAt' | 'updatedAt' | 'outcome' | 'reason'
  | 'finishedAt' | 'forgotRemembered' | 'batchId' | 'leftoversCleared' | 'dismissed' | 'endedAllAccountsOf'
>;

export interface PopupModel {
  sessions: SessionView[];
  results: ResultView[];
  empty: boolean;
}

/** The order of site names (as localeCompare orders them), made once: making it is slow next to using it. */
let siteOrder: Intl.Collator | undefined;
const bySite = (a: SiteInfo, b: SiteInfo) => {
  siteOrder ??= new Intl.Collator();
  return siteOrder.compare(a.siteName, b.siteName) || siteOrder.compare(a.domain, b.domain);
};

/** What the popup shows, from the database rows and the current time. Pure, so it is unit-tested alone. */
export function buildPopupModel(sessions: readonly PopupSessionRow[], jobs: readonly PopupJobRow[], now: number): PopupModel {
  // The newest unfinished job per session (a retry may leave an older one behind).
  const active = new Map<string, PopupJobRow & { phase: ActivePhase }>();
  for (const job of jobs) {
    if (job.phase === 'done') continue;
    const seen = active.get(job.sessionId);
    if (!seen || job.createdAt > seen.createdAt) active.set(job.sessionId, { ...job, phase: job.phase });
  }

  const results: ResultView[] = jobs
    .filter((job) => job.phase === 'done' && !job.dismissed)
    .map((job) => ({
      jobId: job.id,
      sessionId: job.sessionId,
      siteName: job.siteName,
      domain: job.domain,
      accountName: job.accountName,
      // A finished job without an outcome proved nothing: honest default is "failed".
      outcome: job.outcome ?? 'failed',
      reason: job.reason,
      finishedAt: job.finishedAt ?? job.updatedAt,
      ...(job.outcome === 'verified' && job.forgotRemembered !== undefined ? { forgotRemembered: job.forgotRemembered } : {}),
      ...(job.endedAllAccountsOf ? { endedAllAccountsOf: job.endedAllAccountsOf } : {}),
    }))
    .filter((result) => now - result.finishedAt <= RESULT_TTL_MS)
    .sort((a, b) => b.finishedAt - a.finishedAt);

  const views: SessionView[] = [];
  for (const session of sessions) {
    const job = active.get(session.id);
    active.delete(session.id);
    // Its result row already speaks for this sign-in; a later sign-in (signedInAt newer) shows again.
    const shownAsResult = results.some((r) => r.sessionId === session.id && r.finishedAt >= session.signedInAt);
    if (!job && shownAsResult) continue;
    views.push({
      sessionId: session.id,
      siteName: session.siteName,
      domain: session.domain,
      // Nothing on a site not modelled tells who is signed in: its row names no one, whatever the row holds.
      accountName: session.notModelled ? undefined : session.accountName,
      signedInAt: session.signedInAt,
      job: job && { id: job.id, phase: job.phase },
      ...(session.detectedBy ? { detectedBy: session.detectedBy } : {}),
      // A site not modelled is never asked: its own note says more than "not confirmed by the site".
      ...(session.siteCheck?.state === 'unconfirmed' && !session.notModelled ? { unconfirmed: true as const } : {}),
      ...(session.accountFlows?.length ? { accountFlows: session.accountFlows } : {}),
      ...(session.guides?.length ? { guides: session.guides } : {}),
      ...(session.sharedSignIn?.length ? { sharedSignIn: session.sharedSignIn } : {}),
      ...(session.endsAllAccountsOf ? { endsAllAccountsOf: session.endsAllAccountsOf } : {}),
      ...(session.sessionCookiesUnknown ? { sessionCookiesUnknown: true as const } : {}),
      ...(session.notModelled ? { notModelled: true as const } : {}),
    });
  }
  // The background may drop the session before the job ends: keep showing its progress meanwhile.
  for (const job of active.values()) {
    const { sessionId, siteName, domain, accountName } = job;
    views.push({ sessionId, siteName, domain, accountName, job: { id: job.id, phase: job.phase } });
  }
  views.sort(bySite);

  return { sessions: views, results, empty: views.length === 0 && results.length === 0 };
}

export function progressKey(phase: ActivePhase): MessageKey {
  const keys = {
    queued: 'phaseOpening',
    opening: 'phaseOpening',
    running: 'phaseRunning',
    verifying: 'phaseVerifying',
    forgetting: 'phaseForgetting',
    clearing: 'phaseClearing',
  } as const satisfies Record<ActivePhase, MessageKey>;
  return keys[phase];
}

/** Only 'verified' may say "signed out"; the other texts say what actually happened (the site's answer among it). */
export function outcomeKey(outcome: JobOutcome, reason?: Reason): MessageKey {
  const key = reason?.key;
  if (outcome === 'cleared' && key === 'reasonSiteStillSignedIn') return 'outcomeClearedSiteSignedIn';
  if (outcome === 'cleared' && key === 'reasonSiteNotAsked') return 'outcomeClearedSiteNotAsked';
  const keys = {
    verified: 'outcomeVerified',
    cleared: 'outcomeCleared',
    failed: 'outcomeFailed',
  } as const satisfies Record<JobOutcome, MessageKey>;
  return keys[outcome];
}

/** The sign-out did nothing because Signoff has no access to the site: the popup offers to ask for it. */
export function needsSiteAccess(result: Pick<ResultView, 'outcome' | 'reason'>): boolean {
  return result.outcome === 'failed' && result.reason?.key === 'reasonNoSiteAccess';
}

/** A reason in the person's words; its detail is for the log and is not shown. */
export function reasonText(t: Translate, reason: Reason): string {
  return t(reason.key);
}

/** A command's error: a reason key (a CommandError) translated, any other text (an unexpected error) as is. */
export function commandErrorText(t: Translate, error: string): string {
  return isReasonKey(error) ? t(error) : error;
}

/** "Amazon (amazon.pl) — Jan", or "Amazon (amazon.pl)" without the account name. */
export function siteLabel(t: Translate, site: SiteInfo, withAccount = true): string {
  return withAccount && site.accountName
    ? t('sessionLabelWithAccount', [site.siteName, site.domain, site.accountName])
    : t('sessionLabel', [site.siteName, site.domain]);
}

/** Date formats by language and kind. Making one is slow next to using it, and the popup formats a time per row. */
const formats = new Map<string, Intl.DateTimeFormat>();
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };

function format(lang: string, kind: 'time' | 'day'): Intl.DateTimeFormat {
  const key = `${kind}:${lang}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.DateTimeFormat(lang, kind === 'time' ? TIME : DAY)));
  return found;
}

/**
 * Makes the site order and the date formats the rows need, ahead of them: the popup calls it while it waits for the
 * database, so drawing the first rows does not pay for it (docs/benchmarks.md).
 */
export function prepareRowFormats(lang: string): void {
  siteOrder ??= new Intl.Collator();
  format(lang, 'time');
  format(lang, 'day');
}

/** "Signed in since 14:05", with the date too when the sign-in was on another day. */
export function signedInText(t: Translate, signedInAt: number, now: number, lang: string): string {
  const at = new Date(signedInAt);
  const time = format(lang, 'time').format(at);
  if (at.toDateString() === new Date(now).toDateString()) return t('signedInSince', time);
  return t('signedInSinceDate', [format(lang, 'day').format(at), time]);
}
