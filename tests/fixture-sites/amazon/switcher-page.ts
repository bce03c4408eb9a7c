import { escapeHtml, jsonForScript } from '../types';
import type { Marketplace } from './marketplaces';
import { hiddenFields, layout } from './pages';
import type { RememberedAccount } from './remembered';

/** Where the picker's cards post to sign in as a remembered account, without a password. */
export const SWITCH_ACCOUNT_PATH = '/ap/switchaccount';
/** Where "Manage" mode's per-account button sends its fetch (no page load). */
export const REMOVE_ACCOUNT_PATH = '/ap/switchaccount/remove';

export interface PickerOptions {
  accounts: readonly RememberedAccount[];
  /** Anti-forgery token the remove requests must send back. */
  arbToken: string;
  /** The picker URL's query (OpenID fields): carried into each card's form and the "Add account" link. */
  query: URLSearchParams;
  /** E-mail of the account the browser is signed in as now, if any. */
  currentEmail: string | undefined;
  error?: string;
}

/** The picker's query minus the switch itself: where "Add account" leads (the ordinary sign-in form). */
function addAccountHref(query: URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.delete('switch_account');
  params.delete('ignoreAuthState');
  const search = params.toString();
  return search ? `/ap/signin?${search}` : '/ap/signin';
}

function card(account: RememberedAccount, carried: URLSearchParams, t: Marketplace['texts'], current: boolean): string {
  return `<div class="cvf-account-switcher-profile" data-account-token="${escapeHtml(account.token)}">
<form class="cvf-widget-form-account-switcher" method="post" action="${SWITCH_ACCOUNT_PATH}">
${hiddenFields(carried)}
<input type="hidden" name="switch_account_request" value="${escapeHtml(account.token)}">
<a href="#" role="button" class="a-link-normal cvf-widget-btn-verify-account-switcher" data-name="switch_account_request" data-value="${escapeHtml(account.token)}">
<div class="cvf-account-switcher-profile-details">
<div data-test-id="customerName" class="cvf-account-switcher-name">${escapeHtml(account.name)}</div>
<div class="cvf-account-switcher-claim">${escapeHtml(account.email)}</div>
${current ? `<div data-test-id="accountType" class="cvf-account-switcher-current">✓</div>` : ''}
</div></a>
</form>
<button type="button" class="a-button cvf-account-switcher-sign-out" hidden>${escapeHtml(t.removeAccount)}</button>
</div>`;
}

/**
 * Cards post their form on click (the real picker does it by script too); "Manage" shows a button beside each
 * card that removes the account with a fetch, and the card turns into a "removed" note without a page load.
 */
function pickerScript(texts: { manage: string; done: string; removed: string }): string {
  return `(function () {
  var texts = ${jsonForScript(texts)};
  var box = document.getElementById('ap-account-switcher-container');
  var manage = document.getElementById('cvf-account-switcher-manage-link');
  var managing = false;
  function setManaging(on) {
    managing = on;
    box.classList.toggle('cvf-account-switcher-managing', on);
    Array.prototype.forEach.call(box.querySelectorAll('.cvf-account-switcher-sign-out'), function (b) { b.hidden = !on; });
    if (manage) manage.textContent = on ? texts.done : texts.manage;
  }
  if (manage) manage.addEventListener('click', function (event) { event.preventDefault(); setManaging(!managing); });
  box.addEventListener('click', function (event) {
    var cardLink = event.target.closest('a[data-name="switch_account_request"]');
    if (cardLink) {
      event.preventDefault();
      if (!managing) cardLink.closest('form').submit();
      return;
    }
    var button = event.target.closest('.cvf-account-switcher-sign-out');
    if (!button || button.disabled) return;
    var profile = button.closest('.cvf-account-switcher-profile');
    button.disabled = true;
    fetch('${REMOVE_ACCOUNT_PATH}', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: profile.getAttribute('data-account-token'), arb: box.getAttribute('data-arbtoken') })
    }).then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      var note = document.createElement('div');
      note.className = 'cvf-account-switcher-profile-details-after-account-removed';
      note.textContent = texts.removed;
      profile.replaceWith(note);
    }).catch(function () { button.disabled = false; });
  });
})();`;
}

/** "Choose an account": one card per account remembered in this browser, "Add account", and "Manage". */
export function accountPickerPage(m: Marketplace, options: PickerOptions): string {
  const t = m.texts;
  const carried = new URLSearchParams(
    [...options.query].filter(([name]) => name !== 'switch_account' && name !== 'ignoreAuthState'),
  );
  const cards = options.accounts.map((account) => card(account, carried, t, account.email === options.currentEmail));
  const manage = cards.length
    ? `<a href="#" role="button" id="cvf-account-switcher-manage-link" class="a-link-normal">${escapeHtml(t.manageAccounts)}</a>`
    : '';
  const error = options.error
    ? `<div id="auth-error-message-box" class="a-alert-error" role="alert"><h4>${escapeHtml(t.problemTitle)}</h4><span class="a-list-item">${escapeHtml(options.error)}</span></div>`
    : '';
  return layout(m, {
    title: `Amazon ${t.chooseAccount}`,
    body: `${error}
<div id="ap-account-switcher-container" class="a-box cvf-account-switcher" data-arbtoken="${escapeHtml(options.arbToken)}">
<div class="cvf-account-switcher-header"><h1>${escapeHtml(t.chooseAccount)}</h1>${manage}</div>
<div class="cvf-account-switcher-profiles">
${cards.join('\n')}
</div>
<a id="cvf-account-switcher-add-accounts-link" class="a-link-normal" href="${escapeHtml(addAccountHref(options.query))}">${escapeHtml(t.addAccount)}</a>
</div>
<script>${pickerScript({ manage: t.manageAccounts, done: t.doneManaging, removed: t.accountRemoved })}</script>`,
  });
}
