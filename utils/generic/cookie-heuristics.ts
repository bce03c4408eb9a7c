/**
 * Heuristics for sites without a recipe, on cookie *names* only (never values): which cookie names look like a
 * signed-in session. Which site a host belongs to is utils/core/site-identity.ts's answer.
 */

/** Analytics, consent, anti-forgery and preference cookies: present for anonymous visitors, never a session. */
const NOT_AUTH =
  /^(_ga|_gid|_gat|_gcl|_fbp|_fbc|_hj|_pk_|_clck|_clsk|_uet|__utm|_dc_gtm|ajs_|amplitude|mp_|optimizely|__cf_bm|_cfuvid|cf_clearance|awsalb)|consent|cookielaw|optanon|gdpr|csrf|xsrf|lang|locale|currency|theme|timezone|tracking|analytics|visitor|cart|basket/i;

/** Substrings that mark session and sign-in cookies wherever they appear ("PHPSESSID", "laravel_session", "wordpress_logged_in_…"). */
const AUTH_ANYWHERE = /sess|login|logged|remember|token|jwt/i;

/** Short words that mark a session only as a whole word of the name ("connect.sid", "forum_sid", "user_id", "auth"). */
const AUTH_WORDS = new Set(['sid', 'ssid', 'sessid', 'auth', 'authn', 'authtoken', 'uid', 'user', 'userid', 'usr', 'member', 'identity', 'access']);

/** "remember_web_59ba" → ["remember", "web", "59ba"]; "authToken" → ["auth", "token"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when a cookie name looks like it keeps someone signed in (and is not analytics, consent or CSRF). */
export function isAuthLikeCookieName(name: string): boolean {
  if (!name || NOT_AUTH.test(name)) return false;
  if (AUTH_ANYWHERE.test(name)) return true;
  const words = nameWords(name);
  // A name ending in "sid" glued to a prefix ("SKLEPSID", "ASPSESSIONID" is caught above) is a session id too.
  return words.some((word) => AUTH_WORDS.has(word) || word.startsWith('auth')) || /sid$/i.test(name);
}
