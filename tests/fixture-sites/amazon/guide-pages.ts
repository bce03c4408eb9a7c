import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mailbox } from '../mailbox';
import { escapeHtml, readForm, redirect, sendHtml } from '../types';
import { guidePageTexts, type GuidePageTexts } from './guide-texts';
import { signInHref } from './links';
import type { Marketplace } from './marketplaces';
import type { NavState } from './nav';
import { layout } from './pages';

/**
 * The Amazon fixture's Prime membership, help, contact and account-closure pages: every page of the two guides, with
 * server-side state that changes only when the final button is pressed (membership ended, account closed). Each final
 * button records whether a person pressed it (a trusted click) or a script did, so tests can prove that Signoff never
 * presses one.
 */

/** Who pressed a final button: "person" (a trusted click), "script" (element.click()), or "none" (no click at all). */
export type PressedBy = 'person' | 'script' | 'none';

export interface PrimeMembership {
  status: 'active' | 'ended';
  plan: 'monthly' | 'annual';
  /** The day benefits renew (active) or end (ended). */
  renewsOn: Date;
  /** Where the person is in the cancellation pages. */
  pipeline: PipelinePage | undefined;
  endedAt?: Date;
}

/** Today's pages (offers on amazon.com only, then the last choice) and the seed's pre-2022 chain. */
export type PipelinePage = 'offer-annual' | 'benefits' | 'offer-pause' | 'cancel' | 'final';

export interface FinalPress {
  realm: string;
  email: string;
  action: string;
  pressedBy: PressedBy;
  at: Date;
}

export interface ChatLine {
  from: 'person' | 'amazon';
  text: string;
}

export interface ClosureRequest {
  realm: string;
  email: string;
  route: 'customer-service' | 'data-deletion';
  /** Customer service: the chat (today) or the seed's e-mail form. */
  via?: 'chat' | 'email-form';
  message?: string;
  at: Date;
}

export interface GuideVisit {
  m: Marketplace;
  session: { email: string; name: string } | undefined;
  setCookies: string[];
  nav: NavState;
}

export interface GuideFlowContext {
  /** Ends every session of `email` on the marketplace and adds the Set-Cookie headers that expire this browser's. */
  closeSessions(visit: GuideVisit, email: string): void;
}

export interface GuideFlowControls {
  /** A redesign: "Manage membership" is gone, its menu sits behind an unlabelled gear (guides must fall back to their manual instructions). */
  primeRedesigned: boolean;
  /**
   * today: End membership → (amazon.com: offers →) "End on <date>" / "End now" beside "Keep my membership" / "Remind me
   * later"; two clicks on every other marketplace (EU since July 2022, UK since August 2022). seed: the pre-2022
   * chain the seed describes — offers, "End my benefits", "Cancel subscription" and again in a dialog.
   */
  primeFlow: 'today' | 'seed';
  /** hub: the help hub with chat (today). seed-form: the seed's select-based contact form (gone from the real site). */
  contactVariant: 'hub' | 'seed-form';
  /** How the data-deletion page sends its confirmation link: e-mail or text message (both real). */
  closureChannel: 'email' | 'sms';
}

export interface TextMessage {
  to: string;
  body: string;
  link: string;
}

export interface AmazonGuideFlows {
  readonly controls: GuideFlowControls;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, visit: GuideVisit): Promise<boolean>;
  isClosed(m: Marketplace, email: string): boolean;
  membership(m: Marketplace, email: string): PrimeMembership;
  closed(): { realm: string; email: string }[];
  closureRequests(): ClosureRequest[];
  finalPresses(): FinalPress[];
  /** Text messages the closure page sent (the SMS channel). */
  textMessages(): TextMessage[];
  /** The help hub's chat, as the person and Amazon wrote it. */
  chatTranscript(m: Marketplace, email: string): ChatLine[];
  reset(): void;
}

const STYLE = `<style>
.ya-tiles { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 16px; }
.ya-card { display: block; width: 220px; border: 1px solid #ddd; border-radius: 8px; padding: 12px; color: #0f1111; text-decoration: none; }
.ya-card b { display: block; font-size: 16px; }
.mcx-layout { display: flex; gap: 24px; }
.mcx-sidebar { width: 260px; }
.mcx-menu { list-style: none; padding: 0; }
.mcx-button, .a-button { display: inline-block; margin: 6px 6px 6px 0; padding: 8px 14px; border: 1px solid #888; border-radius: 8px; background: #fff; cursor: pointer; font: inherit; color: #0f1111; text-decoration: none; }
.a-button-primary { background: #ffd814; border-color: #fcd200; }
.mcx-modal { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: flex; align-items: center; justify-content: center; }
.mcx-modal[hidden] { display: none; }
.mcx-modal-box { background: #fff; border-radius: 8px; padding: 20px; max-width: 420px; }
.help-layout { display: flex; gap: 24px; }
.help-footer { margin-top: 300px; border-top: 1px solid #ddd; padding-top: 12px; }
.cu-cards button { margin-right: 8px; }
.cu-section { margin-top: 16px; }
.cu-section[hidden] { display: none; }
.a-alert-error { color: #c40000; }
</style>`;

/** Records on every final button whether the click that pressed it was a person's (trusted) or a script's. */
const PRESS_SCRIPT = `<script>
document.querySelectorAll('[data-press-into]').forEach(function (button) {
  button.addEventListener('click', function (event) {
    var field = document.getElementById(button.getAttribute('data-press-into'));
    if (field) field.value = event.isTrusted ? 'person' : 'script';
  });
});
</script>`;

function pressedBy(value: string | null): PressedBy {
  return value === 'person' || value === 'script' ? value : 'none';
}

function formatDate(date: Date, t: GuidePageTexts): string {
  return date.toLocaleDateString(t.dateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function createAmazonGuideFlows(ctx: GuideFlowContext): AmazonGuideFlows {
  const controls: GuideFlowControls = { primeRedesigned: false, primeFlow: 'today', contactVariant: 'hub', closureChannel: 'email' };
  const texts: TextMessage[] = [];
  const chats = new Map<string, ChatLine[]>();
  const memberships = new Map<string, PrimeMembership>();
  const closedAccounts = new Set<string>();
  const closureTokens = new Map<string, { realm: string; email: string }>();
  const requests: ClosureRequest[] = [];
  const presses: FinalPress[] = [];
  const key = (m: Marketplace, email: string) => `${m.realm}:${email.toLowerCase()}`;

  function membership(m: Marketplace, email: string): PrimeMembership {
    let found = memberships.get(key(m, email));
    if (!found) {
      const renewsOn = new Date(Date.UTC(2026, 11, 21));
      found = { status: 'active', plan: 'monthly', renewsOn, pipeline: undefined };
      memberships.set(key(m, email), found);
    }
    return found;
  }

  function page(visit: GuideVisit, res: ServerResponse, title: string, body: string, status = 200): void {
    sendHtml(res, status, layout(visit.m, { title, nav: visit.nav, body: `${STYLE}${body}${PRESS_SCRIPT}` }), visit);
  }

  function requireSignIn(res: ServerResponse, url: URL, visit: GuideVisit): visit is GuideVisit & { session: { email: string; name: string } } {
    if (visit.session) return true;
    redirect(res, signInHref(visit.m, url.pathname + url.search), 302, visit);
    return false;
  }

  // ——— Prime membership ———

  function primeCentral(res: ServerResponse, visit: GuideVisit & { session: { email: string } }, url: URL): void {
    const t = guidePageTexts(visit.m.lang);
    const prime = membership(visit.m, visit.session.email);
    const date = formatDate(prime.renewsOn, t);
    const notice = url.searchParams.get('notice') === 'annual' ? `<p id="mcx-notice">${escapeHtml(t.switchedToAnnual)}</p>` : '';
    // The real page's classes (amazon.de, 2024): .mcx-nav__toggle, .mcx-menu__list, .mcx-menu-item__heading. The ids
    // are this fixture's test hooks; the guide does not use them.
    const toggleId = controls.primeRedesigned ? 'mcx-settings-gear' : 'mcx-manage-membership';
    const manage =
      prime.status === 'active'
        ? `<nav class="mcx-nav"><ul class="mcx-nav__menu">
<li><span class="mcx-menu-item__heading" id="mcx-plan">${escapeHtml(t.planMonthly)}</span></li>
<li><span class="mcx-menu-item__heading" id="mcx-renewal">${escapeHtml(t.renewsOn(date))}</span></li></ul>
${
          controls.primeRedesigned
            ? `<button type="button" class="mcx-button mcx-settings-gear" id="mcx-settings-gear" aria-expanded="false" aria-controls="mcx-manage-menu" title="⚙">⚙</button>`
            : `<button type="button" class="mcx-button mcx-nav__toggle" id="mcx-manage-membership" aria-expanded="false" aria-controls="mcx-manage-menu">${escapeHtml(t.manageMembership)}</button>`
        }</nav>
<div id="mcx-manage-menu" hidden><ul class="mcx-menu__list"><li class="mcx-menu-item">
  <button type="button" class="mcx-button mcx-menu-item__heading" id="mcx-update-cancel" aria-expanded="false" aria-controls="mcx-cancel-section">${escapeHtml(t.updateCancel)}</button>
  <div id="mcx-cancel-section" hidden>
    <a class="mcx-button" id="mcx-end-membership" href="/mc/pipelines/cancellation?ref_=mcx_end_membership">${escapeHtml(t.endMembership)}</a>
  </div>
</li></ul></div>
<script>
(function () {
  function toggle(buttonId, panelId) {
    var button = document.getElementById(buttonId), panel = document.getElementById(panelId);
    button.addEventListener('click', function () {
      // The real page animates its menus open: the next control appears a moment later.
      setTimeout(function () { panel.hidden = !panel.hidden; button.setAttribute('aria-expanded', String(!panel.hidden)); }, 150);
    });
  }
  toggle(${JSON.stringify(toggleId)}, 'mcx-manage-menu');
  toggle('mcx-update-cancel', 'mcx-cancel-section');
})();
</script>`
        : `<p id="mcx-membership-ending">${escapeHtml(t.endingOn(date))}</p>`;
    page(
      visit,
      res,
      t.primeTitle,
      `<div class="widgetMCXAccountManagementWidgetSlot" id="mcx-prime-central"><h1>${escapeHtml(t.primeTitle)}</h1>${notice}${manage}</div>`,
    );
  }

  function pipelinePage(res: ServerResponse, visit: GuideVisit & { session: { email: string; name: string } }): void {
    const t = guidePageTexts(visit.m.lang);
    const prime = membership(visit.m, visit.session.email);
    const current = prime.pipeline ?? 'offer-annual';
    const date = formatDate(prime.renewsOn, t);
    const form = (inner: string) =>
      `<form method="post" action="/mc/pipelines/cancellation"><input type="hidden" name="page" value="${current}">${inner}</form>`;
    const button = (action: string, label: string, primary = false, extra = '') =>
      `<button type="submit" name="action" value="${action}" class="a-button${primary ? ' a-button-primary' : ''}"${extra}>${escapeHtml(label)}</button>`;
    let body: string;
    switch (current) {
      case 'offer-annual':
        body = `<h1>${escapeHtml(t.offerAnnualTitle)}</h1><p>${escapeHtml(t.offerAnnualBody)}</p>${form(
          button('accept-annual', t.switchToAnnual, true) + button('remind', t.remindLater) + button('continue', t.continueToCancel),
        )}`;
        break;
      case 'benefits':
        body = `<h1>${escapeHtml(t.benefitsTitle(visit.session.name))}</h1><ul>${t.benefits.map((b) => `<li>${escapeHtml(b)}</li>`).join('')}</ul>${form(
          `<input type="hidden" name="pressedBy" id="mcx-end-benefits-pressed" value="none">` +
            button('keep', t.keepBenefits, true) +
            button('end-benefits', t.endBenefits, false, ' id="mcx-end-benefits" data-press-into="mcx-end-benefits-pressed"'),
        )}`;
        break;
      case 'offer-pause':
        body = `<h1>${escapeHtml(t.offerPauseTitle)}</h1><p>${escapeHtml(t.offerPauseBody)}</p>${form(
          button('pause', t.pauseMembership, true) + button('continue', t.continueToCancel),
        )}`;
        break;
      case 'final':
        // Today's last page: two ways to end, two ways to stay (the end buttons first, as on the real page).
        body = `<h1>${escapeHtml(t.finalTitle)}</h1><p>${escapeHtml(t.finalBody(date))}</p>${form(
          `<input type="hidden" name="pressedBy" id="mcx-final-pressed" value="none">` +
            button('end-on', t.endOn(date), true, ' id="mcx-end-on" data-press-into="mcx-final-pressed"') +
            button('end-now', t.endNow, false, ' id="mcx-end-now" data-press-into="mcx-final-pressed"') +
            button('keep', t.keepMyMembership, false, ' id="mcx-keep"') +
            button('remind', t.remindLater, false, ' id="mcx-remind"'),
        )}`;
        break;
      case 'cancel':
        body = `<h1>${escapeHtml(t.cancelTitle)}</h1><p>${escapeHtml(t.cancelBody(date))}</p>
<button type="button" class="a-button" id="mcx-cancel-subscription" data-press-into="mcx-first-press">${escapeHtml(t.cancelSubscription)}</button>
${form(button('keep', t.keepMembership, true))}
<div class="mcx-modal" id="mcx-confirm-modal" role="dialog" aria-modal="true" aria-labelledby="mcx-confirm-title" hidden>
  <div class="mcx-modal-box">${form(
    `<h2 id="mcx-confirm-title">${escapeHtml(t.confirmTitle)}</h2><p>${escapeHtml(t.confirmBody(date))}</p>` +
      `<input type="hidden" name="firstPressBy" id="mcx-first-press" value="none">` +
      `<input type="hidden" name="pressedBy" id="mcx-confirm-pressed" value="none">` +
      button('confirm-cancel', t.cancelSubscription, true, ' id="mcx-confirm-cancel" data-press-into="mcx-confirm-pressed"') +
      `<button type="button" class="a-button" id="mcx-confirm-back">${escapeHtml(t.goBack)}</button>`,
  )}</div>
</div>
<script>
(function () {
  var modal = document.getElementById('mcx-confirm-modal');
  document.getElementById('mcx-cancel-subscription').addEventListener('click', function () { modal.hidden = false; });
  document.getElementById('mcx-confirm-back').addEventListener('click', function () { modal.hidden = true; });
})();
</script>`;
        break;
    }
    page(visit, res, t.primeTitle, `<div class="mcx-pipeline" data-pipeline-page="${current}">${body}</div>`);
  }

  async function pipelinePost(req: IncomingMessage, res: ServerResponse, visit: GuideVisit & { session: { email: string } }): Promise<void> {
    const form = await readForm(req);
    const prime = membership(visit.m, visit.session.email);
    const current = prime.pipeline ?? 'offer-annual';
    const action = form.get('action') ?? '';
    if (prime.status !== 'active' || form.get('page') !== current) {
      redirect(res, '/mc/pipelines/cancellation', 302, visit);
      return;
    }
    const record = (pressed: string | null) =>
      presses.push({ realm: visit.m.realm, email: visit.session.email, action, pressedBy: pressedBy(pressed), at: new Date() });
    const back = () => {
      prime.pipeline = undefined;
      redirect(res, '/gp/primecentral', 302, visit);
    };
    const seed = controls.primeFlow === 'seed';
    switch (`${current}:${action}`) {
      case 'offer-annual:continue':
        prime.pipeline = seed ? 'benefits' : 'offer-pause';
        break;
      case 'final:end-on':
      case 'final:end-now':
        record(form.get('pressedBy'));
        prime.status = 'ended';
        prime.endedAt = new Date();
        if (action === 'end-now') prime.renewsOn = new Date();
        prime.pipeline = undefined;
        redirect(res, `/mc/pipelines/cancellation/confirmation${action === 'end-now' ? '?now=1' : ''}`, 302, visit);
        return;
      case 'offer-annual:accept-annual':
        prime.plan = 'annual';
        prime.pipeline = undefined;
        redirect(res, '/gp/primecentral?notice=annual', 302, visit);
        return;
      case 'benefits:end-benefits':
        record(form.get('pressedBy'));
        prime.pipeline = 'offer-pause';
        break;
      case 'offer-pause:continue':
        prime.pipeline = seed ? 'cancel' : 'final';
        break;
      case 'cancel:confirm-cancel':
        presses.push({ realm: visit.m.realm, email: visit.session.email, action: 'cancel-subscription', pressedBy: pressedBy(form.get('firstPressBy')), at: new Date() });
        record(form.get('pressedBy'));
        prime.status = 'ended';
        prime.endedAt = new Date();
        prime.pipeline = undefined;
        redirect(res, '/mc/pipelines/cancellation/confirmation', 302, visit);
        return;
      default:
        back();
        return;
    }
    redirect(res, '/mc/pipelines/cancellation', 302, visit);
  }

  function cancellationConfirmed(res: ServerResponse, url: URL, visit: GuideVisit & { session: { email: string } }): void {
    const t = guidePageTexts(visit.m.lang);
    const prime = membership(visit.m, visit.session.email);
    if (prime.status !== 'ended') {
      redirect(res, '/gp/primecentral', 302, visit);
      return;
    }
    page(
      visit,
      res,
      t.cancelledTitle,
      `<div class="mcx-pipeline" data-pipeline-page="confirmation"><h1>${escapeHtml(t.cancelledTitle)}</h1>
<div class="a-alert-success" id="mcx-cancel-confirmation" role="status">${escapeHtml(
        url.searchParams.get('now') === '1' ? t.endedNowBody : t.cancelledBody(formatDate(prime.renewsOn, t)),
      )}</div>
<p><a href="/gp/primecentral">${escapeHtml(t.primeTitle)}</a></p></div>`,
    );
  }

  function joinPrime(res: ServerResponse, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    page(visit, res, t.joinPrimeTitle, `<div id="prime-signup"><h1>${escapeHtml(t.joinPrimeTitle)}</h1><a class="a-button a-button-primary" href="/gp/prime/pipeline/signup">Prime</a></div>`);
  }

  // ——— The help hub with chat (today's customer service) ———

  const chatOf = (m: Marketplace, email: string): ChatLine[] => {
    let lines = chats.get(key(m, email));
    if (!lines) chats.set(key(m, email), (lines = []));
    return lines;
  };

  function hubPage(res: ServerResponse, url: URL, visit: GuideVisit & { session: { email: string; name: string } }): void {
    const t = guidePageTexts(visit.m.lang);
    const lines = chatOf(visit.m, visit.session.email);
    const open = url.searchParams.get('chat') === '1' || lines.length > 0;
    const transcript = [{ from: 'amazon', text: t.chatGreeting }, ...lines]
      .map((line) => `<p class="chat-line" data-from="${line.from}">${escapeHtml(line.text)}</p>`)
      .join('');
    const chat = `<section class="chat" id="hub-chat" role="dialog" aria-label="Chat"${open ? '' : ' hidden'}>
<div role="log" aria-live="polite" id="hub-chat-log">${transcript}</div>
<form method="post" action="/hz/contact-us/foresight/hubgateway">
  <input type="hidden" name="pressedBy" id="hub-chat-pressed" value="none">
  <textarea id="hub-chat-message" name="message" rows="3" cols="50" aria-label="${escapeHtml(t.chatSend)}"></textarea>
  <button type="submit" class="a-button a-button-primary" id="hub-chat-send" data-press-into="hub-chat-pressed">${escapeHtml(t.chatSend)}</button>
</form></section>`;
    page(
      visit,
      res,
      t.customerService,
      `<div id="hub"><h1>${escapeHtml(t.hubTitle(visit.session.name))}</h1>
<ul class="hub-topics">${t.hubTopics.map((topic) => `<li><a href="/hz/contact-us/foresight/hubgateway">${escapeHtml(topic)}</a></li>`).join('')}</ul>
<p><a class="a-button" id="hub-start-chat" href="/hz/contact-us/foresight/hubgateway?chat=1"${open ? ' hidden' : ''}>${escapeHtml(t.startChat)}</a></p>
${chat}</div>`,
    );
  }

  async function chatPost(req: IncomingMessage, res: ServerResponse, visit: GuideVisit & { session: { email: string } }): Promise<void> {
    const form = await readForm(req);
    const t = guidePageTexts(visit.m.lang);
    const message = (form.get('message') ?? '').trim().slice(0, 2000);
    if (message) {
      const lines = chatOf(visit.m, visit.session.email);
      lines.push({ from: 'person', text: message });
      const asksToClose = /close|zamkn|schlie/i.test(message) && /account|kont/i.test(message);
      if (asksToClose) {
        presses.push({ realm: visit.m.realm, email: visit.session.email, action: 'send-chat-message', pressedBy: pressedBy(form.get('pressedBy')), at: new Date() });
        requests.push({ realm: visit.m.realm, email: visit.session.email, route: 'customer-service', via: 'chat', message, at: new Date() });
      }
      lines.push({ from: 'amazon', text: asksToClose ? t.chatReplyClosure : t.chatReplyOther });
    }
    redirect(res, '/hz/contact-us/foresight/hubgateway?chat=1', 302, visit);
  }

  // ——— Help pages and "Contact us" (the seed's customer-service route) ———

  function helpPage(res: ServerResponse, url: URL, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    const node = url.searchParams.get('nodeId');
    if (node === 'GACCOUNT') {
      page(
        visit,
        res,
        t.topicAccount,
        `<div class="help-layout" data-help-node="account"><div><h1>${escapeHtml(t.topicAccount)}</h1>
<ul>${t.accountTopicLinks.map((text, i) => `<li><a href="/gp/help/customer/display.html?nodeId=GACC${i}">${escapeHtml(text)}</a></li>`).join('')}</ul>
<p><a id="help-more-link" href="/gp/help/customer/display.html?nodeId=GACCOUNTMORE">${escapeHtml(t.moreInAccount)}</a></p></div></div>`,
      );
      return;
    }
    if (node === 'GACCOUNTMORE') {
      page(
        visit,
        res,
        t.moreTitle,
        `<div data-help-node="account-more"><h1>${escapeHtml(t.moreTitle)}</h1>
<ul>${t.accountTopicLinks.map((text) => `<li>${escapeHtml(text)}</li>`).join('')}</ul>
<div class="help-footer" id="help-need-more"><h3>${escapeHtml(t.needMoreHelp)}</h3>
<a id="help-contact-us" href="/hz/contact-us?ref_=hp_cu">${escapeHtml(t.contactUs)}</a></div></div>`,
      );
      return;
    }
    if (node) {
      page(visit, res, t.topicAccount, `<div data-help-node="article"><h1>${escapeHtml(t.topicAccount)}</h1><p>…</p></div>`);
      return;
    }
    const topics = [
      `<li><a data-topic="account" href="/gp/help/customer/display.html?nodeId=GACCOUNT">${escapeHtml(t.topicAccount)}</a></li>`,
      ...t.topicOthers.map((text, i) => `<li><a data-topic="other-${i}" href="/gp/help/customer/display.html?nodeId=GOTHER${i}">${escapeHtml(text)}</a></li>`),
    ];
    page(
      visit,
      res,
      t.customerService,
      `<div data-help-node="home"><h1>${escapeHtml(t.helpHello(visit.session?.name ?? ''))}</h1>
<h2>${escapeHtml(t.browseTopics)}</h2><ul id="help-topics">${topics.join('')}</ul></div>`,
    );
  }

  function contactUsPage(res: ServerResponse, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    const option = (value: string, text: string) => `<option value="${value}">${escapeHtml(text)}</option>`;
    page(
      visit,
      res,
      t.contactUs,
      `<div id="cu-page"><h1>${escapeHtml(t.contactTitle)}</h1>
<div class="cu-cards" role="group">
  <button type="button" class="a-button" data-cu-topic="order">${escapeHtml(t.contactTopicOrder)}</button>
  <button type="button" class="a-button" data-cu-topic="prime" id="cu-topic-prime">${escapeHtml(t.contactTopicPrime)}</button>
  <button type="button" class="a-button" data-cu-topic="other">${escapeHtml(t.contactTopicOther)}</button>
</div>
<div class="cu-section" id="cu-issue-section" hidden>
  <label for="cu-issue">${escapeHtml(t.tellUsMore)}</label>
  <select id="cu-issue" name="issue">${option('', t.choose)}${option('prime', t.issuePrimeQuestions)}${option('account', t.issueUpdateAccount)}${option('payment', t.issuePayment)}</select>
</div>
<div class="cu-section" id="cu-detail-section" hidden>
  <label for="cu-issue-detail">${escapeHtml(t.issueDetailLabel)}</label>
  <select id="cu-issue-detail" name="detail">${option('', t.choose)}${option('email', t.issueDetailChangeEmail)}${option('close', t.issueDetailCloseAccount)}</select>
</div>
<div class="cu-section" id="cu-contact-methods" hidden>
  <h2>${escapeHtml(t.howContact)}</h2>
  <button type="button" class="a-button" id="cu-method-email">${escapeHtml(t.contactEmail)}</button>
  <button type="button" class="a-button" id="cu-method-phone">${escapeHtml(t.contactPhone)}</button>
  <button type="button" class="a-button" id="cu-method-chat">${escapeHtml(t.contactChat)}</button>
</div>
<form class="cu-section" id="cu-email-form" method="post" action="/hz/contact-us/email" hidden>
  <input type="hidden" name="topic" value="prime"><input type="hidden" name="issue" value="account"><input type="hidden" name="detail" value="close">
  <input type="hidden" name="pressedBy" id="cu-send-pressed" value="none">
  <label for="cu-message">${escapeHtml(t.provideMore)}</label><br>
  <textarea id="cu-message" name="message" rows="4" cols="50"></textarea><br>
  <button type="submit" class="a-button a-button-primary" id="cu-send-email" data-press-into="cu-send-pressed">${escapeHtml(t.sendEmail)}</button>
</form>
</div>
<script>
(function () {
  function show(id) { setTimeout(function () { document.getElementById(id).hidden = false; }, 100); }
  function hide(id) { document.getElementById(id).hidden = true; }
  document.getElementById('cu-topic-prime').addEventListener('click', function () { show('cu-issue-section'); });
  document.getElementById('cu-issue').addEventListener('change', function (e) {
    if (e.target.value === 'account') show('cu-detail-section'); else { hide('cu-detail-section'); hide('cu-contact-methods'); hide('cu-email-form'); }
  });
  document.getElementById('cu-issue-detail').addEventListener('change', function (e) {
    if (e.target.value === 'close') show('cu-contact-methods'); else { hide('cu-contact-methods'); hide('cu-email-form'); }
  });
  document.getElementById('cu-method-email').addEventListener('click', function () { show('cu-email-form'); });
})();
</script>`,
    );
  }

  async function contactUsEmail(req: IncomingMessage, res: ServerResponse, visit: GuideVisit & { session: { email: string } }): Promise<void> {
    const form = await readForm(req);
    if (form.get('detail') !== 'close') {
      redirect(res, '/hz/contact-us', 302, visit);
      return;
    }
    const t = guidePageTexts(visit.m.lang);
    presses.push({ realm: visit.m.realm, email: visit.session.email, action: 'send-closure-email', pressedBy: pressedBy(form.get('pressedBy')), at: new Date() });
    requests.push({ realm: visit.m.realm, email: visit.session.email, route: 'customer-service', via: 'email-form', message: (form.get('message') ?? '').slice(0, 2000), at: new Date() });
    mailbox.deliver({ to: visit.session.email, from: `cs-reply@${visit.m.domain}`, subject: t.mailRequestSubject, html: t.mailRequestBody });
    redirect(res, '/hz/contact-us/sent', 302, visit);
  }

  function contactUsSent(res: ServerResponse, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    page(visit, res, t.contactUs, `<div id="cu-page"><h1>${escapeHtml(t.contactUs)}</h1><div id="cu-confirmation" role="status">${escapeHtml(t.contactThanks)}</div></div>`);
  }

  // ——— The data-deletion page ("Close Your Amazon Account") and the e-mailed link ———

  function closurePage(res: ServerResponse, visit: GuideVisit, error?: string, status = 200): void {
    const t = guidePageTexts(visit.m.lang);
    page(
      visit,
      res,
      t.closeTitle,
      `<div data-closure-page="form"><h1>${escapeHtml(t.closeTitle)}</h1><p>${escapeHtml(t.closeIntro)}</p>
<ul>${t.closeConsequences.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>
${error ? `<p class="a-alert-error" role="alert" id="closure-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/privacy/data-deletion" id="closure-form">
  <input type="hidden" name="pressedBy" id="closure-pressed" value="none">
  <p><label for="closure-reason">${escapeHtml(t.reasonLabel)}</label><br>
  <select id="closure-reason" name="reason"><option value="">${escapeHtml(t.choose)}</option>${t.reasons
    .map((reason, i) => `<option value="r${i}">${escapeHtml(reason)}</option>`)
    .join('')}</select></p>
  <p><label><input type="checkbox" id="closure-ack" name="ack" value="yes"> ${escapeHtml(t.ackLabel)}</label></p>
  <button type="submit" class="a-button a-button-primary" id="closure-submit" data-press-into="closure-pressed">${escapeHtml(t.closeButton)}</button>
</form></div>`,
      status,
    );
  }

  async function closurePost(req: IncomingMessage, res: ServerResponse, visit: GuideVisit & { session: { email: string } }): Promise<void> {
    const form = await readForm(req);
    const t = guidePageTexts(visit.m.lang);
    if (!form.get('reason')) return closurePage(res, visit, t.closeNeedsReason, 400);
    if (form.get('ack') !== 'yes') return closurePage(res, visit, t.closeNeedsAck, 400);
    presses.push({ realm: visit.m.realm, email: visit.session.email, action: 'close-account', pressedBy: pressedBy(form.get('pressedBy')), at: new Date() });
    requests.push({ realm: visit.m.realm, email: visit.session.email, route: 'data-deletion', at: new Date() });
    const token = randomBytes(16).toString('hex');
    closureTokens.set(token, { realm: visit.m.realm, email: visit.session.email });
    const link = `https://${visit.m.host}/privacy/data-deletion/confirm?token=${token}`;
    if (controls.closureChannel === 'sms') texts.push({ to: visit.session.email, body: t.smsClose(link), link });
    else mailbox.deliver({ to: visit.session.email, from: `account-update@${visit.m.domain}`, subject: t.mailCloseSubject, html: t.mailCloseBody(link) });
    redirect(res, '/privacy/data-deletion/sent', 302, visit);
  }

  function closureSent(res: ServerResponse, visit: GuideVisit & { session: { email: string } }): void {
    const t = guidePageTexts(visit.m.lang);
    page(
      visit,
      res,
      t.closeSentTitle,
      `<div data-closure-page="sent"><h1>${escapeHtml(t.closeSentTitle)}</h1><p id="closure-sent">${escapeHtml(
        controls.closureChannel === 'sms' ? t.closeSentSms('21') : t.closeSent(visit.session.email),
      )}</p></div>`,
    );
  }

  function closureConfirmPage(res: ServerResponse, url: URL, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    const token = url.searchParams.get('token') ?? '';
    const pending = closureTokens.get(token);
    if (!pending || pending.realm !== visit.m.realm) {
      page(visit, res, t.confirmCloseTitle, `<div data-closure-page="invalid"><h1>${escapeHtml(t.invalidLink)}</h1></div>`, 404);
      return;
    }
    page(
      visit,
      res,
      t.confirmCloseTitle,
      `<div data-closure-page="confirm"><h1>${escapeHtml(t.confirmCloseTitle)}</h1><p>${escapeHtml(t.confirmCloseBody)}</p>
<form method="post" action="/privacy/data-deletion/confirm">
  <input type="hidden" name="token" value="${escapeHtml(token)}"><input type="hidden" name="pressedBy" id="closure-confirm-pressed" value="none">
  <button type="submit" class="a-button a-button-primary" id="closure-confirm" data-press-into="closure-confirm-pressed">${escapeHtml(t.confirmCloseButton)}</button>
</form></div>`,
    );
  }

  async function closureConfirmPost(req: IncomingMessage, res: ServerResponse, visit: GuideVisit): Promise<void> {
    const form = await readForm(req);
    const token = form.get('token') ?? '';
    const pending = closureTokens.get(token);
    if (!pending || pending.realm !== visit.m.realm) {
      redirect(res, `/privacy/data-deletion/confirm?token=${encodeURIComponent(token)}`, 302, visit);
      return;
    }
    closureTokens.delete(token);
    presses.push({ realm: visit.m.realm, email: pending.email, action: 'confirm-closure', pressedBy: pressedBy(form.get('pressedBy')), at: new Date() });
    closedAccounts.add(key(visit.m, pending.email));
    ctx.closeSessions(visit, pending.email);
    redirect(res, '/privacy/data-deletion/closed', 302, visit);
  }

  function closedPage(res: ServerResponse, visit: GuideVisit): void {
    const t = guidePageTexts(visit.m.lang);
    page(
      visit,
      res,
      t.closedTitle,
      `<div data-closure-page="closed"><h1>${escapeHtml(t.closedTitle)}</h1><p id="closure-closed" role="status">${escapeHtml(t.closedBody)}</p></div>`,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL, visit: GuideVisit): Promise<boolean> {
    const path = url.pathname;
    const post = req.method === 'POST';
    if (path === '/gp/primecentral' || path === '/gp/subs/primeclub/account/homepage.html' || path === '/gp/subs/primeclub/manage/home.html') {
      if (requireSignIn(res, url, visit)) primeCentral(res, visit, url);
    } else if (path === '/prime') {
      // The nav bar's "Prime" (ref_=nav_cs_primelink_nonmember): the sign-up page, even for members. A guide that
      // presses the bare text "Prime" lands here, where no membership can be ended.
      joinPrime(res, visit);
    } else if (path === '/hz/contact-us/foresight/hubgateway' && post) {
      if (requireSignIn(res, url, visit)) await chatPost(req, res, visit);
    } else if (path === '/hz/contact-us/foresight/hubgateway') {
      if (!requireSignIn(res, url, visit)) return true;
      if (controls.contactVariant === 'seed-form') redirect(res, '/hz/contact-us', 302, visit);
      else hubPage(res, url, visit);
    } else if (path === '/mc/pipelines/cancellation' && post) {
      if (requireSignIn(res, url, visit)) await pipelinePost(req, res, visit);
    } else if (path === '/mc/pipelines/cancellation') {
      if (!requireSignIn(res, url, visit)) return true;
      const prime = membership(visit.m, visit.session.email);
      if (prime.status !== 'active') {
        redirect(res, '/gp/primecentral', 302, visit);
        return true;
      }
      // Every entry from the membership page starts the cancellation pages from the first one: offers on amazon.com
      // (and in the seed's chain), the last page at once elsewhere (two clicks).
      if (url.searchParams.has('ref_')) prime.pipeline = controls.primeFlow === 'seed' || visit.m.domain === 'amazon.com' ? 'offer-annual' : 'final';
      pipelinePage(res, visit);
    } else if (path === '/mc/pipelines/cancellation/confirmation') {
      if (requireSignIn(res, url, visit)) cancellationConfirmed(res, url, visit);
    } else if (path === '/gp/help/customer/display.html') {
      helpPage(res, url, visit);
    } else if (path === '/hz/contact-us' && !post) {
      if (requireSignIn(res, url, visit)) contactUsPage(res, visit);
    } else if (path === '/hz/contact-us/email' && post) {
      if (requireSignIn(res, url, visit)) await contactUsEmail(req, res, visit);
    } else if (path === '/hz/contact-us/sent') {
      contactUsSent(res, visit);
    } else if (path === '/privacy/data-deletion' && post) {
      if (requireSignIn(res, url, visit)) await closurePost(req, res, visit);
    } else if (path === '/privacy/data-deletion') {
      if (requireSignIn(res, url, visit)) closurePage(res, visit);
    } else if (path === '/privacy/data-deletion/sent') {
      if (requireSignIn(res, url, visit)) closureSent(res, visit);
    } else if (path === '/privacy/data-deletion/confirm' && post) {
      await closureConfirmPost(req, res, visit);
    } else if (path === '/privacy/data-deletion/confirm') {
      closureConfirmPage(res, url, visit);
    } else if (path === '/privacy/data-deletion/closed') {
      closedPage(res, visit);
    } else {
      return false;
    }
    return true;
  }

  return {
    controls,
    handle,
    isClosed: (m, email) => closedAccounts.has(key(m, email)),
    membership,
    closed: () =>
      [...closedAccounts].map((entry) => {
        const [realm = '', email = ''] = entry.split(/:(.*)/s);
        return { realm, email };
      }),
    closureRequests: () => [...requests],
    finalPresses: () => [...presses],
    textMessages: () => [...texts],
    chatTranscript: (m, email) => [...chatOf(m, email)],
    reset() {
      controls.primeRedesigned = false;
      controls.primeFlow = 'today';
      controls.contactVariant = 'hub';
      controls.closureChannel = 'email';
      texts.length = 0;
      chats.clear();
      memberships.clear();
      closedAccounts.clear();
      closureTokens.clear();
      requests.length = 0;
      presses.length = 0;
    },
  };
}

