import { cannotBeVerified, type Recipe, type SiteEntry } from '../recipes/schema';
import { resolveSiteUrl } from '../core/site-url';
import { readAnswer, type CheckResponse, type SiteAnswer } from './read-answer';
import { pageShowsSignOut } from './page-signals';
import { workerMayConnect } from '../recipes/match-patterns';
import { askFromSiteTab } from './ask-in-site-tab';
import { MAX_BODY_CHARS } from './request-from-page';

/** A site that does not answer within this time is "could not be asked": the check never holds anything up longer. */
export const CHECK_TIMEOUT_MS = 8_000;

/** One check at a time per site: a second caller shares the one under way (or, when it needs a fresh answer, waits for it). */
const inFlight = new Map<string, Promise<SiteAnswer>>();

export const checkKey = (recipe: Pick<Recipe, 'id'>, site: Pick<SiteEntry, 'domain'>) => `${recipe.id}:${site.domain}`;

export interface AskOptions {
  /** An answer that started before now will not do (after a sign-out). */
  fresh?: boolean;
  timeoutMs?: number;
  /**
   * A site the worker may not request itself is asked from a tab of its own; with this, a background tab is opened
   * for it when none is open (after a sign-out). Without, such a site with no tab open could not be asked.
   */
  mayOpenTab?: boolean;
}

/**
 * Asks the site whether the person is signed in: one GET of the recipe's account page with the browser's cookies,
 * no redirect followed (a redirect stays on the site and is itself the answer), nothing rendered or run. Built-in
 * recipe sites are asked by the worker; any other site from a document of its own (askFromSiteTab).
 */
export async function askSite(recipe: Recipe, site: SiteEntry, options: AskOptions = {}): Promise<SiteAnswer> {
  const read = answerReader(recipe, site);
  if (!read) return { state: 'unknown', why: 'no check' };
  const key = checkKey(recipe, site);
  const running = inFlight.get(key);
  if (running && !options.fresh) return running;
  if (running) await running;
  const again = inFlight.get(key); // Another fresh caller may have started one meanwhile: it is fresh for us too.
  if (again) return again;
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  const request = workerMayConnect(read.url) ? fetchAnswer(read.url, timeoutMs) : askFromSiteTab(read.url, timeoutMs, options.mayOpenTab === true);
  const asking = request
    .then((response) => (response ? read.answer(response) : { state: 'unknown' as const, why: 'no answer' }))
    .finally(() => inFlight.delete(key));
  inFlight.set(key, asking);
  return asking;
}

type Reader = { url: string; answer: (response: CheckResponse) => SiteAnswer };

/**
 * The recipe's account check; for a site without a recipe (one generic sign-out method), the page the person was
 * signed in on, where the account signals (a sign-out link or control) must be gone. Otherwise none.
 */
function answerReader(recipe: Recipe, site: SiteEntry): Reader | undefined {
  // A site not modelled has no page that tells: not even the generic reading of its page may answer for it.
  if (cannotBeVerified(site)) return undefined;
  const check = recipe.accountCheck;
  if (check) return { url: resolveSiteUrl(site, check.url), answer: (response) => readAnswer(check, response) };
  const generic = recipe.signOut.length === 1 && recipe.signOut[0]?.kind === 'generic' ? recipe.signOut[0] : undefined;
  if (!generic) return undefined;
  return {
    url: resolveSiteUrl(site, generic.startPath),
    answer: (response) => {
      if (response.redirected) return { state: 'signed-out' };
      if (response.status < 200 || response.status > 299) return { state: 'unknown', why: `status ${response.status}` };
      return pageShowsSignOut(response.body) ? { state: 'signed-in' } : { state: 'signed-out' };
    },
  };
}

/** The check under way for this site, if any (a caller that may not start one can still wait for its answer). */
export function checkUnderWay(recipe: Pick<Recipe, 'id'>, site: Pick<SiteEntry, 'domain'>): Promise<SiteAnswer> | undefined {
  return inFlight.get(checkKey(recipe, site));
}

async function fetchAnswer(url: string, timeoutMs: number): Promise<CheckResponse | undefined> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'include',
      redirect: 'manual',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    const redirected = response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
    const ok = !redirected && response.status >= 200 && response.status < 300;
    const body = ok ? await boundedText(response) : '';
    if (!ok) void response.body?.cancel().catch(() => undefined);
    return { redirected, status: response.status, body };
  } catch {
    return undefined; // Offline, refused, timed out: the site could not be asked.
  } finally {
    clearTimeout(timer);
  }
}

async function boundedText(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < MAX_BODY_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel().catch(() => undefined);
  return text.slice(0, MAX_BODY_CHARS);
}
