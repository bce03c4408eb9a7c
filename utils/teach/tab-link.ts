/**
 * The popup's side of teaching from the current tab, kept apart from tab-offer.ts so that the popup does not bundle
 * the Public Suffix List: the tab's https origin, and the teach page's address for it.
 */

/** "https://www.school.example" for an https page on the default port; undefined for anything else. */
export function httpsOriginOf(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' && parsed.port === '' ? parsed.origin : undefined;
}

/** The teach page for the tab: the background checks again, when recording starts, that the tab still shows `origin`. */
export function teachHereHref(tabId: number, origin: string): string {
  return `/teach.html?tab=${tabId}&origin=${encodeURIComponent(origin)}`;
}

/** What the popup offers for the tab the person is on, when it is an https site Signoff has no recipe or row for. */
export interface TeachHere {
  host: string;
  /** The teach page for that tab. */
  href: string;
}
