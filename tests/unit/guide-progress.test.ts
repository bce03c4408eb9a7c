// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { holds, PageReader } from '@/utils/guides/conditions';
import { guideLanguage } from '@/utils/guides/language';
import { confirmationText, EndingConfirmer, findControl, locate, resolveStep } from '@/utils/guides/progress';
import type { Condition } from '@/utils/guides/schema';
import { Guide } from '@/utils/guides/schema';
import { findGuide } from '@/utils/guides/catalog';

beforeEach(() => {
  document.body.innerHTML = '';
});

const page = (path: string) => ({ doc: document, url: `https://www.example.pl${path}` });
const check = (condition: Condition, path = '/') => holds(condition, new PageReader(page(path)));

describe('page conditions', () => {
  it('match the address (path, query, fragment; never the host), case-insensitively', () => {
    expect(check({ url: ['/gp/primecentral'] }, '/gp/PrimeCentral?ref_=x')).toBe(true);
    expect(check({ url: ['example.pl'] }, '/')).toBe(false);
    expect(check({ url: ['ref_=x'] }, '/a?ref_=x')).toBe(true);
  });

  it('see visible elements only', () => {
    document.body.innerHTML = '<button id="a">End</button><div hidden><button id="b">Hidden</button></div><button id="c" style="display:none">None</button>';
    expect(check({ present: { css: ['#a'] } })).toBe(true);
    expect(check({ present: { css: ['#b'] } })).toBe(false);
    expect(check({ absent: { css: ['#c'] } })).toBe(true);
    expect(check({ present: { text: { pl: ['End'] } } })).toBe(true);
  });

  it('find texts in any language, normalised, optionally within an element', () => {
    document.body.innerHTML = '<h1>Twoje   członkostwo Prime zostało ANULOWANE</h1><aside id="side">Inny tekst</aside>';
    expect(check({ text: { en: ['cancelled'], pl: ['członkostwo prime zostało anulowane'] } })).toBe(true);
    expect(check({ text: { en: ['zostało anulowane'] }, within: '#side' })).toBe(false);
    expect(check({ text: { en: ['inny tekst'] }, within: '#side' })).toBe(true);
    expect(check({ text: { en: ['x'] }, within: '#missing' })).toBe(false);
  });

  it('"checked": a tick box ticked (found by itself or by its label), or a list set past its first choice', () => {
    document.body.innerHTML = `<label id="l"><input type="checkbox" id="box"> Yes, close it</label>
<select id="list"><option value="">Choose…</option><option value="r1">Reason</option></select><button id="b">Go</button>`;
    const byLabel: Condition = { checked: { text: { en: ['Yes, close it'] } } };
    expect(check(byLabel)).toBe(false);
    expect(check({ checked: { css: ['#list'] } })).toBe(false);
    (document.getElementById('box') as HTMLInputElement).checked = true;
    (document.getElementById('list') as HTMLSelectElement).selectedIndex = 1;
    expect(check(byLabel)).toBe(true);
    expect(check({ checked: { css: ['#box'] } })).toBe(true);
    expect(check({ checked: { css: ['#list'] } })).toBe(true);
    // Anything else is never "checked"; nothing found is not either.
    expect(check({ checked: { css: ['#b'] } })).toBe(false);
    expect(check({ checked: { css: ['#missing'] } })).toBe(false);
  });

  it('combine with allOf, anyOf and not', () => {
    document.body.innerHTML = '<p id="p">Hello</p>';
    const hello: Condition = { text: { en: ['hello'] } };
    const missing: Condition = { present: { css: ['#nope'] } };
    expect(check({ allOf: [hello, { not: missing }] })).toBe(true);
    expect(check({ anyOf: [missing, hello] })).toBe(true);
    expect(check({ allOf: [hello, missing] })).toBe(false);
  });
});

/** A guide with every kind of position, to place against small pages. */
const guide = Guide.parse({
  id: 'delete-thing',
  kind: 'delete-account',
  title: { en: 'Delete', pl: 'Usuń' },
  description: { en: 'd', pl: 'd' },
  menuLabel: { en: 'Delete…', pl: 'Usuń…' },
  what: { en: 'Account', pl: 'Konto' },
  startPath: '/konto',
  signedOut: { present: { css: ['#login-form'] } },
  steps: [
    {
      id: 'open',
      kind: 'safe',
      instruction: { en: 'Open the account page.', pl: 'Otwórz stronę konta.' },
      done: { url: ['/konto'] },
      doItForMe: { action: 'navigate', path: '/konto' },
      manual: { en: 'm', pl: 'm' },
    },
    {
      id: 'confirm',
      kind: 'final',
      instruction: { en: 'Choose YES in the list.', pl: 'Wybierz TAK z listy.' },
      at: { allOf: [{ url: ['/konto'] }, { present: { css: ['#delete-form'] } }] },
      done: { present: { css: ['#confirm-select option[value="1"]:checked', '#confirm-box:checked'] } },
      target: { css: ['#confirm-select'] },
      alternatives: [
        { when: { present: { css: ['#confirm-box'] } }, instruction: { en: 'Tick the box.', pl: 'Zaznacz pole.' }, target: { css: ['#confirm-box'] } },
      ],
      manual: { en: 'm', pl: 'm' },
    },
    {
      id: 'delete',
      kind: 'final',
      instruction: { en: 'Press Delete.', pl: 'Naciśnij Usuń.' },
      at: { present: { css: ['#confirm-select option[value="1"]:checked', '#confirm-box:checked'] } },
      target: { css: ['#delete'] },
      manual: { en: 'm', pl: 'm' },
    },
    {
      id: 'mail',
      kind: 'outside',
      instruction: { en: 'Open the e-mail.', pl: 'Otwórz e-mail.' },
      at: { text: { pl: ['wysłaliśmy wiadomość'] } },
      manual: { en: 'm', pl: 'm' },
    },
  ],
  retentionOffers: [
    {
      id: 'discount',
      when: { present: { css: ['#offer'] } },
      name: { en: 'a discount', pl: 'rabat' },
      decline: { css: ['#no-thanks'] },
      declineLabel: { en: 'No thanks', pl: 'Nie, dziękuję' },
    },
  ],
  endings: [
    { id: 'deleted', outcome: 'completed', when: { present: { css: ['#deleted'] } }, message: { en: 'Deleted.', pl: 'Usunięte.' }, confirmation: ['#deleted'] },
    { id: 'no-button', outcome: 'stopped', when: { allOf: [{ url: ['/konto'] }, { absent: { css: ['#delete-form'] } }] }, message: { en: 'x', pl: 'x' }, stableMs: 1_000 },
  ],
});

const DELETE_FORM = '<form id="delete-form"><select id="confirm-select"><option value="0">NIE</option><option value="1">TAK - potwierdzam usunięcie konta</option></select><button id="delete">Usuń konto</button></form>';

describe('where a guide stands', () => {
  it('an ending comes first, even on a signed-out page', () => {
    document.body.innerHTML = '<form id="login-form"></form><p id="deleted">Konto zostało usunięte</p>';
    expect(locate(guide, page('/usun/abc'), 2)).toMatchObject({ kind: 'ending', ending: { id: 'deleted' } });
    expect(confirmationText(document, guide.endings[0]!)).toBe('Konto zostało usunięte');
  });

  it('then the sign-in page, then a retention offer', () => {
    document.body.innerHTML = '<form id="login-form"></form>';
    expect(locate(guide, page('/logowanie'), 1)).toEqual({ kind: 'sign-in' });
    document.body.innerHTML = '<div id="offer"><button id="no-thanks">Nie, dziękuję</button></div>';
    expect(locate(guide, page('/oferta'), 1)).toMatchObject({ kind: 'retention', offer: { id: 'discount' } });
  });

  it('then the furthest step the page is at and does not show as done', () => {
    document.body.innerHTML = '<p>Strona główna</p>';
    expect(locate(guide, page('/'), 0)).toEqual({ kind: 'step', index: 0, onTrack: true });
    document.body.innerHTML = DELETE_FORM;
    expect(locate(guide, page('/konto'), 0)).toEqual({ kind: 'step', index: 1, onTrack: true });
    // (happy-dom has no option:checked; Chromium's e2e covers the list. Here, the tick-box form.)
    document.body.innerHTML = '<form id="delete-form"><input type="checkbox" id="confirm-box"><button id="delete">Usuń konto</button></form>';
    expect(locate(guide, page('/konto'), 1)).toEqual({ kind: 'step', index: 1, onTrack: true });
    (document.getElementById('confirm-box') as HTMLInputElement).checked = true;
    expect(locate(guide, page('/konto'), 1)).toEqual({ kind: 'step', index: 2, onTrack: true });
    document.body.innerHTML = `<p>Na Twój adres email wysłaliśmy wiadomość z linkiem.</p>${DELETE_FORM}`;
    expect(locate(guide, page('/konto'), 2)).toEqual({ kind: 'step', index: 3, onTrack: true });
  });

  it('keeps the last step it knew when the page matches none, and says it is off track', () => {
    const offTrack = Guide.parse({ ...guide, steps: guide.steps.map((step) => (step.id === 'open' ? { ...step, at: { url: ['/start'] } } : step)) });
    document.body.innerHTML = '<p>Elsewhere</p>';
    expect(locate(offTrack, page('/elsewhere'), 2)).toEqual({ kind: 'step', index: 2, onTrack: false });
  });

  it('uses the alternative the page shows: a tick box instead of a list', () => {
    document.body.innerHTML = '<form id="delete-form"><input type="checkbox" id="confirm-box"><button id="delete">Usuń konto</button></form>';
    const step = guide.steps[1]!;
    expect(resolveStep(step, page('/konto'))).toMatchObject({ instruction: { en: 'Tick the box.' }, target: { css: ['#confirm-box'] } });
    document.body.innerHTML = DELETE_FORM;
    expect(resolveStep(step, page('/konto'))).toMatchObject({ instruction: { en: 'Choose YES in the list.' }, target: { css: ['#confirm-select'] } });
  });

  it('accepts an ending that needs to hold only once it has held for its time', () => {
    document.body.innerHTML = '<p>Konto bez formularza</p>';
    const confirmer = new EndingConfirmer();
    const position = locate(guide, page('/konto'), 1);
    expect(position).toMatchObject({ kind: 'ending', ending: { id: 'no-button' } });
    expect(confirmer.accept(position, 10_000)).toMatchObject({ kind: 'settling' });
    expect(confirmer.accept(position, 10_500)).toMatchObject({ kind: 'settling' });
    expect(confirmer.accept(position, 11_000)).toMatchObject({ kind: 'ending' });
    // The page changed in between: the clock starts again.
    expect(confirmer.accept({ kind: 'step', index: 1, onTrack: true }, 11_100)).toMatchObject({ kind: 'step' });
    expect(confirmer.accept(position, 11_200)).toMatchObject({ kind: 'settling' });
  });

  it('speaks Polish to a Polish interface and English to any other', () => {
    expect(guideLanguage('pl-PL')).toBe('pl');
    expect(guideLanguage('pl')).toBe('pl');
    expect(guideLanguage('de')).toBe('en');
  });
});

describe('the Amazon Prime guide on pages like Amazon’s today (issue 21)', () => {
  const prime = findGuide('amazon', 'cancel-prime', 'amazon.pl')!.guide;
  const signedIn = '<div id="nav-link-accountList"><a data-nav-ref="nav_youraccount_btn" href="/gp/css/homepage.html">Cześć, Jan</a></div>';
  /** The nav bar's "Prime" is the sign-up page, for members too. */
  const navPrime = '<div id="nav-xshop"><a id="nav-prime" href="/prime?ref_=nav_cs_primelink_nonmember">Prime</a></div>';
  const stepTarget = (id: string, path: string) => {
    const step = prime.steps.find((candidate) => candidate.id === id)!;
    return findControl(document, resolveStep(step, page(path)).target);
  };

  it('opens the Your Account tile (div[data-card-identifier="Prime"] in a whole-card link), never the nav bar’s sign-up link', () => {
    document.body.innerHTML = `${signedIn}${navPrime}<a class="ya-card__whole-card-link" id="tile" href="/gp/primecentral"><div data-card-identifier="Prime"><b>Prime</b></div></a>`;
    expect(locate(prime, page('/gp/css/homepage.html'), 0)).toMatchObject({ kind: 'step', index: 1 });
    expect(stepTarget('open-prime', '/gp/css/homepage.html')?.id).toBe('tile');
    // Without the tile, the step finds nothing (the person gets the manual text), rather than the nav's "Prime".
    document.body.innerHTML = `${signedIn}${navPrime}`;
    expect(stepTarget('open-prime', '/gp/css/homepage.html')).toBeNull();
    expect(prime.steps.find((step) => step.id === 'open-prime')!.doItForMe).toEqual({ action: 'navigate', path: '/gp/subs/primeclub/account/homepage.html' });
  });

  it('walks the membership page’s menu (.mcx-nav__toggle, then “Update, cancel and more”)', () => {
    document.body.innerHTML = `${signedIn}<div class="widgetMCXAccountManagementWidgetSlot"><button class="mcx-nav__toggle">Manage membership</button><div hidden></div></div>`;
    expect(locate(prime, page('/gp/subs/primeclub/account/homepage.html'), 1)).toMatchObject({ kind: 'step', index: 2 });
    document.body.innerHTML = `${signedIn}<div class="widgetMCXAccountManagementWidgetSlot"><button class="mcx-nav__toggle">Mitgliedschaft verwalten</button><ul class="mcx-menu__list"><li><button class="mcx-menu-item__heading">Aktualisieren, kündigen und mehr</button></li></ul></div>`;
    expect(locate(prime, page('/gp/primecentral'), 2)).toMatchObject({ kind: 'step', index: 3 });
  });

  it('the last page of today’s flow: “End on <date>” is highlighted first, “End now” when it is the only way to end', () => {
    document.body.innerHTML = `${signedIn}<form><button id="on">End on 21 December 2026</button><button id="now">End now</button><button>Keep my membership</button><button>Remind me later</button></form>`;
    expect(locate(prime, page('/mc/pipelines/cancellation'), 4)).toMatchObject({ kind: 'step', index: 5 });
    expect(stepTarget('end-choice', '/mc/pipelines/cancellation')?.id).toBe('on');
    document.body.innerHTML = `${signedIn}<form><button id="now">End now</button><button>Keep my membership</button></form>`;
    expect(stepTarget('end-choice', '/mc/pipelines/cancellation')?.id).toBe('now');
  });

  it('recognises the seed’s older chain on the same step, and a retention offer by its label alone', () => {
    document.body.innerHTML = `${signedIn}<h1>Zanim odejdziesz</h1><button>Przejdź na płatność roczną</button><button value="continue">Kontynuuj anulowanie</button>`;
    expect(locate(prime, page('/mc/pipelines/cancellation'), 4)).toMatchObject({ kind: 'retention', offer: { id: 'annual-plan' } });
    document.body.innerHTML = `${signedIn}<button>Zachowaj moje korzyści</button><button id="end">Zakończ moje korzyści</button>`;
    expect(locate(prime, page('/mc/pipelines/cancellation'), 4)).toMatchObject({ kind: 'step', index: 5 });
    expect(stepTarget('end-choice', '/mc/pipelines/cancellation')?.id).toBe('end');
    document.body.innerHTML = `${signedIn}<button id="first">Anuluj subskrypcję</button><div role="dialog"><button id="again">Anuluj subskrypcję</button></div>`;
    expect(stepTarget('end-choice', '/mc/pipelines/cancellation')?.id).toBe('again');
    document.body.innerHTML = `${signedIn}<p>Twoje członkostwo Prime zostało anulowane. Korzyści Prime wygasają 21 grudnia 2026.</p>`;
    expect(locate(prime, page('/mc/pipelines/cancellation/confirmation'), 5)).toMatchObject({ kind: 'ending', ending: { id: 'cancelled' } });
  });

  it('the seed’s Prime page (“Do not continue — end Prime benefits” in the left column) is met by the same step', () => {
    document.body.innerHTML = `${signedIn}<div class="widgetMCXAccountManagementWidgetSlot"><aside><button id="old">Nie kontynuuj — zrezygnuj z korzyści Prime</button></aside></div>`;
    expect(locate(prime, page('/gp/primecentral'), 2)).toMatchObject({ kind: 'step', index: 4 });
    const step = prime.steps[4]!;
    expect(resolveStep(step, page('/gp/primecentral')).instruction.en).toContain('This is an older Prime page');
    expect(stepTarget('end-membership', '/gp/primecentral')?.id).toBe('old');
  });

  it('sees a signed-out Amazon page as the sign-in position, on both layouts', () => {
    document.body.innerHTML = '<div id="nav-link-accountList"><a data-nav-ref="nav_ya_signin" href="/ap/signin">Witamy, zaloguj się</a></div>';
    expect(locate(prime, page('/'), 0)).toEqual({ kind: 'sign-in' });
    document.body.innerHTML = '<a id="nav-logobar-greeting" href="/ap/signin">Zaloguj się ›</a>';
    expect(locate(prime, page('/'), 0)).toEqual({ kind: 'sign-in' });
  });

  it('does not read the mobile greeting as signed out when it recognises the person', () => {
    document.body.innerHTML =
      '<a id="nav-logobar-greeting" class="nav-a nav-greeting-recognized" href="/gp/css/homepage.html"><span id="nav-greeting-name">Cześć, Jan</span></a>';
    expect(locate(prime, page('/gp/css/homepage.html'), 0)).not.toEqual({ kind: 'sign-in' });
  });
});

describe('the Amazon customer-service guide (chat hub)', () => {
  const guide = findGuide('amazon', 'close-account-customer-service', 'amazon.pl')!.guide;
  const signedIn = '<div id="nav-link-accountList"><a data-nav-ref="nav_youraccount_btn" href="/gp/css/homepage.html">Cześć, Jan</a></div>';
  const hub = '/hz/contact-us/foresight/hubgateway?chat=1';

  it('the person’s own sentence in the chat is not Amazon’s answer: only the reply completes the guide', () => {
    const asked = guide.steps.find((step) => step.id === 'ask-in-chat')!.instruction.pl;
    const sentence = /„(.+)”/.exec(asked)![1]!;
    document.body.innerHTML = `${signedIn}<section role="dialog"><div role="log"><p data-from="amazon">W czym mogę pomóc?</p><p data-from="person">${sentence}</p></div><textarea></textarea><button>Wyślij</button></section>`;
    expect(locate(guide, page(hub), 2)).toMatchObject({ kind: 'step', index: 2 });
    const english = /“(.+)”/.exec(guide.steps.find((step) => step.id === 'ask-in-chat')!.instruction.en)![1]!;
    document.querySelector('[role="log"]')!.insertAdjacentHTML('beforeend', `<p data-from="person">${english}</p>`);
    expect(locate(guide, page(hub), 2)).toMatchObject({ kind: 'step', index: 2 });
    document.querySelector('[role="log"]')!.insertAdjacentHTML('beforeend', '<p data-from="amazon">Przekazałem Twoją prośbę o zamknięcie konta.</p>');
    expect(locate(guide, page(hub), 2)).toMatchObject({ kind: 'ending', ending: { id: 'request-received' } });
  });
});
