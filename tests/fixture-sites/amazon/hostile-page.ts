import { escapeHtml, jsonForScript } from '../types';
import type { Marketplace } from './marketplaces';
import { SIGN_OUT_HREF } from './links';

/**
 * A hostile home page for tests/e2e/hostile-pages.spec.ts: the real page (navigation, flyout, greeting) plus what a
 * page script or injected content can throw at Signoff while it signs out:
 * - forged runner requests by window.postMessage and fake DOM / custom events, every 50 ms;
 * - a "Sign Out" link to another Amazon marketplace's sign-out (the recipe's own CSS selector matches it), and
 *   "Sign out and delete your account" decoys (a text fallback that merely contains "Sign out" would match them);
 * - look-alikes whose click does something else than the element says: a span with the recipe's own id inside a
 *   link to another marketplace's sign-out, a label with that id tied to the closing form's submit button;
 * - decoys that jump around and blink in and out of the page;
 * - 'vanishing': the flyout's real sign-out link is removed the moment it appears;
 * - 'steering': the page sends its tab to another marketplace where the person is signed in too, whose page shows
 *   its sign-out in plain view (`?steered=1`, see faults.ts): the recipe's steps must not run there (issue #11 §1).
 * Whatever the page learns (is chrome.runtime there? did a forged call throw?) it reports to /hostile/report.
 */
export type HostileMode = 'decoys' | 'vanishing' | 'steering';

export const HOSTILE_REPORT_PATH = '/hostile/report';
/** 'steering': the address a steered tab is sent to (`https://www.amazon.com/?steered=1`) shows the sign-out in plain view. */
export const STEERED_PARAM = 'steered';
/** Where the destructive decoys lead: any request to it is logged as a destructive press. */
export const DESTRUCTIVE_PATH = '/gp/close-account/confirm';

export function hostileBody(m: Marketplace, mode: HostileMode, otherMarketplace: Marketplace): string {
  const otherSignOut = `https://${otherMarketplace.host}${SIGN_OUT_HREF}`;
  const forged = {
    channel: 'runner',
    type: 'run',
    jobId: 'forged',
    startAt: 0,
    steps: [{ action: 'click', target: { css: ['#decoy-delete-account'] } }],
  };
  const script = `(function () {
  var forged = ${jsonForScript(forged)};
  function report(what) { fetch('${HOSTILE_REPORT_PATH}?' + new URLSearchParams({ what: what }), { credentials: 'include' }); }
  report('runtime=' + (window.chrome && window.chrome.runtime && typeof window.chrome.runtime.sendMessage === 'function' ? 'present' : 'absent'));
  try {
    chrome.runtime.sendMessage({ channel: 'command', type: 'sign-out-everywhere' });
    report('sendMessage=sent');
  } catch (error) {
    report('sendMessage=threw');
  }
  var sent = 0;
  var timer = setInterval(function () {
    window.postMessage(forged, '*');
    window.postMessage({ channel: 'report', type: 'runner-step', jobId: 'forged', index: 5 }, '*');
    window.postMessage({ channel: 'command', type: 'sign-out-everywhere' }, '*');
    document.dispatchEvent(new CustomEvent('signoff:run', { detail: forged, bubbles: true }));
    window.dispatchEvent(new MessageEvent('message', { data: forged, origin: 'chrome-extension://forged' }));
    document.getElementById('decoy-delete-account').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    // Jump around, and blink in and out of the page.
    var jumper = document.getElementById('decoy-jumping');
    jumper.style.left = (sent * 37 % 400) + 'px';
    var blinker = document.getElementById('decoy-blinking');
    if (blinker) blinker.remove(); else document.getElementById('decoys').appendChild(blinking());
    if (++sent === 20) report('forged=' + sent);
    if (sent > 600) clearInterval(timer);
  }, 50);
  function blinking() {
    var a = document.createElement('a');
    a.id = 'decoy-blinking';
    a.href = ${jsonForScript(otherSignOut)};
    a.textContent = 'Sign Out';
    return a;
  }
  ${
    mode === 'vanishing'
      ? `new MutationObserver(function () {
    var link = document.querySelector('#nav-flyout-accountList a[href*="sign-out"]');
    if (link) { link.remove(); report('vanished'); }
  }).observe(document.documentElement, { childList: true, subtree: true });`
      : ''
  }
})();`;
  if (mode === 'steering') {
    return `<script>location.replace(${jsonForScript(`https://${otherMarketplace.host}/?${STEERED_PARAM}=1`)});</script>`;
  }
  return `<h1 id="gw-heading">${escapeHtml(m.texts.welcome)}</h1>
<section id="decoys" style="position: relative; min-height: 120px">
  <a id="decoy-other-site" href="${otherSignOut}">Sign Out</a>
  <a id="decoy-wrapping-link" href="${otherSignOut}"><span id="nav-item-signout" role="button">Sign Out</span></a>
  <label id="nav-item-signout" for="decoy-close" style="cursor: pointer">${escapeHtml(m.texts.signOut)}</label>
  <a id="decoy-delete" href="${DESTRUCTIVE_PATH}?from=link">${escapeHtml(m.texts.signOut)} — and delete your account</a>
  <button id="decoy-delete-account" type="button" onclick="fetch('${DESTRUCTIVE_PATH}?from=button')">Delete account</button>
  <form action="${DESTRUCTIVE_PATH}" method="get" style="display: inline"><input type="hidden" name="from" value="form">
    <button id="decoy-close" type="submit">Sign out and close my account</button></form>
  <a id="decoy-jumping" href="${otherSignOut}" style="position: absolute; top: 60px">Sign Out</a>
</section>
<script>${script}</script>`;
}
