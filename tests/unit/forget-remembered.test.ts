// @vitest-environment happy-dom
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { inEntryOfAccount, textNamesAccount } from '@/utils/core/account-entry';
import { clickGuard, judgeClick, namedLabels } from '@/utils/recipes/click-guard';
import { runSteps } from '@/utils/recipes/engine';
import { parseRecipe, type Recipe, type Step } from '@/utils/recipes/schema';
import { recipeInputs } from '@/utils/recipes/sites/index';

const recipe = (id: string): Recipe => parseRecipe(recipeInputs.find((input) => input.id === id));
const forgetSteps = (id: string): Step[] => recipe(id).flows.forgetRemembered!.steps;
const NEW_SITES = ['facebook', 'microsoft', 'linkedin', 'yahoo'] as const;

/** A page at a real address whose controls remove their own entry when pressed (and record it). */
function page(url: string, body: string) {
  const window = new Window({ url });
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = body;
  const removed: string[] = [];
  doc.addEventListener(
    'click',
    (event) => {
      event.preventDefault();
      const control = (event.target as Element).closest('[data-removes], [data-opens]');
      const opens = control?.getAttribute('data-opens');
      if (opens) doc.getElementById(opens)!.hidden = false;
      const entry = control?.getAttribute('data-removes');
      if (entry) {
        removed.push(entry);
        doc.querySelectorAll(`[data-entry="${entry}"]`).forEach((node) => node.remove());
      }
    },
    true,
  );
  return { doc, removed };
}

/** Facebook's "Recent logins" as the evidence shows it: one tile per account, a close control beside each name. */
const facebookTiles = (...people: [string, string][]) =>
  `<form action="/login/"><input name="email"></form><div class="recent-logins">` +
  people
    .map(
      ([id, name]) => `<div class="tile" data-entry="${id}"><a title="${name}" href="/login/device-based/password/?uid=${id}"><img alt="${name}"><span>${name.split(' ')[0]}</span></a>` +
        `<a href="#" role="button" aria-label="Remove account from this page" data-tooltip-content="Remove account from this page" data-removes="${id}"></a></div>`,
    )
    .join('') +
  '</div>';

/** A list whose rows each open a menu with the removal (Microsoft's tiles, LinkedIn's and Yahoo's remembered accounts). */
const menuRows = (menuButton: string, removal: string, people: [string, string, string][]) =>
  `<form action="/login"><input name="session_key"></form>` +
  people
    .map(
      ([id, name, email]) => `<div class="row" data-entry="${id}"><span>${name}</span><small>${email}</small>` +
        `<button type="button" class="tile-menu" aria-haspopup="menu" data-opens="menu-${id}">${menuButton}</button>` +
        `<div id="menu-${id}" hidden><a href="#" id="forgetLink" role="button" data-removes="${id}">${removal}</a></div></div>`,
    )
    .join('');

describe('an account entry is asked of the page', () => {
  it('a name counts only as a whole word, whatever its case and diacritics, across neighbouring elements', () => {
    const { doc } = page('https://login.live.com/', '<div id="row"><span>Jan Kowalski</span><small>jan@example.com</small></div>');
    expect(inEntryOfAccount(doc.querySelector('small')!, 'Jan Kowalski', [])).toBe(true);
    expect(textNamesAccount('Jan Kowalski', 'Jan')).toBe(true);
    expect(textNamesAccount('jan@example.com', 'Jan')).toBe(true);
    expect(textNamesAccount('Janina Nowak', 'Jan')).toBe(false);
    expect(textNamesAccount('Łukasz', 'lukasz')).toBe(true);
    expect(textNamesAccount('Anna', 'A')).toBe(false);
  });

  it('a control belongs to the account only when its own entry names it, not the list around every entry', () => {
    const { doc } = page('https://www.facebook.com/', facebookTiles(['2', 'Anna Nowak'], ['1', 'Jan Kowalski']));
    const controls = Array.from(doc.querySelectorAll('[data-removes]'));
    expect(controls.map((control) => inEntryOfAccount(control, 'Jan', controls))).toEqual([false, true]);
    expect(controls.map((control) => inEntryOfAccount(control, 'Ola', controls))).toEqual([false, false]);
  });
});

describe('forgetRemembered on Facebook, Microsoft, LinkedIn and Yahoo', () => {
  it('Facebook presses "Remove account from this page" only on the signed-out person\'s tile, and ends when the page no longer names them', async () => {
    const { doc, removed } = page('https://www.facebook.com/', facebookTiles(['2', 'Anna Nowak'], ['1', 'Jan Kowalski']));
    await runSteps(doc, forgetSteps('facebook'), { allowedDomains: ['facebook.com'], accountName: 'Jan' });
    expect(removed).toEqual(['1']);
    expect(doc.body.textContent).toContain('Anna');
  });

  it.each([
    ['microsoft', 'https://login.live.com/login.srf', 'Forget', 'live.com', 'Jan Kowalski'],
    ['linkedin', 'https://www.linkedin.com/uas/login', 'Forget this account', 'linkedin.com', 'Jan Kowalski'],
    ['yahoo', 'https://login.yahoo.com/', 'Remove from this device', 'yahoo.com', 'Jan'],
  ])('%s opens the menu of the signed-out account\'s row only and presses its removal', async (id, url, removal, domain, accountName) => {
    const { doc, removed } = page(url, menuRows('…', removal, [
      ['2', 'Anna Nowak', 'anna@example.com'],
      ['1', 'Jan Kowalski', 'jan@example.com'],
    ]));
    await runSteps(doc, forgetSteps(id), { allowedDomains: [domain], accountName });
    expect(removed).toEqual(['1']);
  });

  it('reports the account found before pressing in its entry; a page that never listed it reports nothing', async () => {
    for (const id of NEW_SITES) {
      const listed = page('https://www.facebook.com/', id === 'facebook' ? facebookTiles(['1', 'Jan Kowalski']) : menuRows('…', 'Forget', [['1', 'Jan Kowalski', 'jan@example.com']]));
      const found: { index: number; removedYet: boolean }[] = [];
      const quick = forgetSteps(id).map((step) => ({ ...step, timeoutMs: 300 }));
      const onAccountFound = (index: number) => void found.push({ index, removedYet: listed.removed.length > 0 });
      await runSteps(listed.doc, quick, { allowedDomains: ['facebook.com'], accountName: 'Jan', onAccountFound }).catch(() => undefined);
      expect(found[0], id).toEqual({ index: 1, removedYet: false });

      // Only someone else is remembered: the flow ends (the press is optional), presses nothing and reports nothing.
      const other = page('https://www.facebook.com/', id === 'facebook' ? facebookTiles(['2', 'Anna Nowak']) : menuRows('…', 'Forget', [['2', 'Anna Nowak', 'anna@example.com']]));
      const none: number[] = [];
      await expect(runSteps(other.doc, quick, { allowedDomains: ['facebook.com'], accountName: 'Jan', onAccountFound: (index) => void none.push(index) })).resolves.toMatchObject({ kind: 'completed' });
      expect(other.removed, id).toEqual([]);
      expect(none, id).toEqual([]);
    }
  });

  it('without an account name nothing is pressed and nothing is claimed: the flow fails', async () => {
    for (const id of NEW_SITES) {
      const { doc, removed } = page('https://www.facebook.com/', facebookTiles(['1', 'Jan Kowalski']));
      const quick = forgetSteps(id).map((step) => ({ ...step, timeoutMs: 200 }));
      await expect(runSteps(doc, quick, { allowedDomains: ['facebook.com'] })).rejects.toThrow(/no account name/);
      expect(removed).toEqual([]);
    }
  });

  it('a page that keeps naming the person fails the flow (the entry could not be removed)', async () => {
    const { doc } = page('https://www.facebook.com/', facebookTiles(['1', 'Jan Kowalski']));
    doc.querySelector('[data-removes]')!.removeAttribute('data-removes'); // The press does nothing.
    const quick = forgetSteps('facebook').map((step) => ({ ...step, timeoutMs: 200 }));
    await expect(runSteps(doc, quick, { allowedDomains: ['facebook.com'], accountName: 'Jan' })).rejects.toThrow(/did not disappear/);
  });
});

describe('the recipes\' forget flows as data', () => {
  it.each(NEW_SITES)('%s: asks the page (forAccount) for every press into the list and for its end, with evidence rated per part', (id) => {
    const found = recipe(id);
    const steps = forgetSteps(id);
    const listPresses = steps.filter((step) => step.action === 'click' && step.forAccount);
    expect(listPresses).toHaveLength(1);
    // Every press besides it is the removal inside the menu it opened, never a click-all.
    expect(steps.every((step) => step.action !== 'click' || !step.all)).toBe(true);
    expect(steps.at(-1)).toMatchObject({ action: 'waitFor', forAccount: true, state: 'absent' });
    const parts = found.provenance.forgetRemembered!.map((part) => part.part);
    expect(parts).toEqual(expect.arrayContaining(['where', 'remove', 'storage']));
    expect(found.detect.accountName, 'the flow needs the account name the page showed').toBeDefined();
  });

  it('a forget flow without its evidence is refused', () => {
    const input = recipeInputs.find((r) => r.id === 'yahoo')!;
    const { forgetRemembered: _dropped, ...provenance } = input.provenance;
    expect(() => parseRecipe({ ...input, provenance })).toThrow(/provenance\.forgetRemembered/);
  });
});

describe('the click guard lets exactly these removals through and still refuses deleting the account', () => {
  const removals = NEW_SITES.flatMap((id) =>
    forgetSteps(id)
      .filter((step): step is Extract<Step, { action: 'click' }> => step.action === 'click' && step.target.text !== undefined)
      .map((step) => ({ id, step })),
  );

  it('names the four removals', () => {
    const labels = removals.flatMap(({ step }) => [...namedLabels(step.target)]);
    expect(labels).toEqual(
      expect.arrayContaining(['remove account from this page', 'forget', 'forget this account', 'remove from this device', 'usuń konto z tej strony']),
    );
  });

  it.each(removals)('$id: its own label passes, "Delete account", a near miss and a deleting address do not', ({ id, step }) => {
    const domain = recipe(id).sites[0]!.domain;
    const { doc } = page(`https://www.${domain}/`, '');
    const control = (label: string, href = '#') => {
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      link.setAttribute('role', 'button');
      link.setAttribute('aria-label', label);
      doc.body.append(link);
      return link;
    };
    const allows = clickGuard(step.target, [domain]);
    for (const label of [...namedLabels(step.target)]) expect(allows(control(label)), label).toBe(true);
    expect(allows(control('Delete account'))).toBe(false);
    expect(allows(control('Remove account'))).toBe(false);
    expect(allows(control('Usuń konto'))).toBe(false);
    const [first] = [...namedLabels(step.target)];
    const deleting = control(first!, `https://www.${domain}/account/delete`);
    expect(judgeClick(deleting, { allowedDomains: [domain], namedLabels: namedLabels(step.target) })).toMatchObject({ ok: false, reason: 'destructive-address' });
  });
});
