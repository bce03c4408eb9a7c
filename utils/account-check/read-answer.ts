import type { AccountCheck } from '../recipes/schema';

/** What the site said about the person: signed in (maybe naming the account), signed out, or nothing usable. */
export type SiteAnswer =
  | { state: 'signed-in'; accountName?: string }
  | { state: 'signed-out' }
  | { state: 'unknown'; why: string };

/** The parts of a response the check looks at; the body is a bounded prefix, read only for 2xx answers. */
export interface CheckResponse {
  /** A redirect was answered (fetch with redirect: 'manual' gives an opaque one: no status, no Location). */
  redirected: boolean;
  status: number;
  body: string;
}

const MAX_NAME_LENGTH = 60;

/**
 * Reads the site's answer as the recipe says. Nothing in it is executed or rendered: JSON is parsed as data and
 * HTML is searched for plain texts. Anything the recipe did not foresee is "unknown", never a guess.
 */
export function readAnswer(check: AccountCheck, response: CheckResponse): SiteAnswer {
  const { signedOut, signedIn } = check;
  if (response.redirected) return signedOut.redirect ? { state: 'signed-out' } : { state: 'unknown', why: 'redirect' };
  if (signedOut.statuses.includes(response.status)) return { state: 'signed-out' };
  if (response.status < 200 || response.status > 299) return { state: 'unknown', why: `status ${response.status}` };

  if (signedIn.kind === 'status') return withName(check, response.body);
  if (signedIn.kind === 'marker') {
    if (signedOut.markers.some((marker) => response.body.includes(marker))) return { state: 'signed-out' };
    if (signedIn.text.some((marker) => response.body.includes(marker))) return withName(check, response.body);
    return { state: 'unknown', why: 'no marker' };
  }
  const json = parseJson(response.body);
  if (json === undefined) return { state: 'unknown', why: 'not JSON' };
  if (signedOut.json && valueAt(json, signedOut.json.path) === signedOut.json.equals) return { state: 'signed-out' };
  const value = valueAt(json, signedIn.path);
  const isIn = signedIn.equals === undefined ? present(value) : value === signedIn.equals;
  return isIn ? withName(check, response.body, json) : { state: 'signed-out' };
}

function withName(check: AccountCheck, body: string, json?: unknown): SiteAnswer {
  const at = check.accountName;
  if (!at) return { state: 'signed-in' };
  const raw = at.kind === 'json' ? valueAt(json ?? parseJson(body), at.path) : textBetween(body, at.after, at.before);
  const name = typeof raw === 'string' || typeof raw === 'number' ? cleanName(String(raw)) : undefined;
  return name ? { state: 'signed-in', accountName: name } : { state: 'signed-in' };
}

function parseJson(body: string): unknown {
  try {
    // Some sites guard JSON against inclusion as a script with a prefix line such as ")]}'".
    return JSON.parse(body.replace(/^\)\]\}'[^\n]*\n/, '')) as unknown;
  } catch {
    return undefined;
  }
}

/** The value at a dotted path ("data.name", "1.0.3"), or undefined. Own properties only. */
export function valueAt(data: unknown, path: string): unknown {
  let here: unknown = data;
  for (const part of path.split('.')) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, part)) return undefined;
    here = (here as Record<string, unknown>)[part];
  }
  return here;
}

function present(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '' || value === 0) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function textBetween(body: string, after: string, before: string): string | undefined {
  const start = body.indexOf(after);
  if (start < 0) return undefined;
  const from = start + after.length;
  const end = body.indexOf(before, from);
  return end < 0 || end - from > 200 ? undefined : body.slice(from, end);
}

/** A short, plain account name: entities of quotes and ampersands decoded, no markup, no control characters. */
function cleanName(raw: string): string | undefined {
  const text = raw
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > MAX_NAME_LENGTH || /[<>\p{Cc}]/u.test(text)) return undefined;
  return text;
}
