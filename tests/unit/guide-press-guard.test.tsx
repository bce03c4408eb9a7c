// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { GuidePanelController } from '@/entrypoints/guide.content/panel';
import en from '@/public/_locales/en/messages.json';
import { panelStrings } from '@/utils/guides/panel-strings';
import { formatMessage, type LocaleMessages } from '@/utils/i18n';
import { builtInRecipes } from '@/utils/recipes/registry';

// Issue #11 §3: the guide panel's "Do it for me" and retention-offer presses pass the same click guard.

const amazon = builtInRecipes.find((recipe) => recipe.id === 'amazon')!;
const cancelPrime = amazon.guides.find((guide) => guide.id === 'cancel-prime')!;
const strings = panelStrings((key, subs) => formatMessage((en as LocaleMessages)[key], subs));

let controller: GuidePanelController | undefined;
afterEach(() => {
  controller?.detach();
  controller = undefined;
});

/** The guide's panel on a page of amazon.pl, recording every element a click reaches (nothing navigates). */
function panelOn(path: string, body: string, stepIndex: number) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`https://www.amazon.pl${path}`);
  document.body.innerHTML = body;
  const clicked: string[] = [];
  document.addEventListener('click', (event) => {
    event.preventDefault();
    clicked.push((event.target as Element).id);
  }, true);
  document.addEventListener('submit', (event) => event.preventDefault(), true);
  controller = new GuidePanelController();
  controller.show({
    channel: 'guide',
    type: 'show',
    runId: 'run-1',
    guide: cancelPrime,
    lang: 'en',
    strings,
    state: { runId: 'run-1', status: 'active', stepIndex, acknowledged: [], siteName: 'Amazon', domain: 'amazon.pl' },
    allowedDomains: ['amazon.pl'],
  });
  // The person presses "Do it for me" (the button lives in a closed shadow root; its handler is this).
  const doItForMe = () => controller!['doItForMe']();
  return { clicked, doItForMe };
}

const ANNUAL_OFFER = '<div data-pipeline-page="offer-annual"><h1>Switch to annual payments</h1></div>';

describe('the guide panel presses only what the click guard allows', () => {
  it('"Do it for me" never follows a look-alike "Manage membership" inside a link to another site', async () => {
    const { clicked, doItForMe } = panelOn('/gp/primecentral', '<a href="https://evil.example/steal"><span id="mcx-manage-membership">Manage membership</span></a>', 2);
    await doItForMe();
    expect(clicked).toEqual([]);
  });

  it('"Do it for me" presses the real "Manage membership"', async () => {
    const { clicked, doItForMe } = panelOn('/gp/primecentral', '<button type="button" id="mcx-manage-membership">Manage membership</button>', 2);
    await doItForMe();
    expect(clicked).toEqual(['mcx-manage-membership']);
  });

  it('never declines a retention offer through a form that posts to another site', async () => {
    const { clicked, doItForMe } = panelOn(
      '/mc/pipelines/cancel',
      `${ANNUAL_OFFER}<form action="https://evil.example/collect" method="post"><button id="decline" value="continue">Continue to cancel</button></form>`,
      4,
    );
    await doItForMe();
    expect(clicked).toEqual([]);
  });

  it('declines a retention offer on the site itself (a guide is a cancellation: its addresses say "cancel")', async () => {
    const { clicked, doItForMe } = panelOn(
      '/mc/pipelines/cancel',
      `${ANNUAL_OFFER}<form action="/mc/pipelines/cancel" method="post"><button id="decline" value="continue">Continue to cancel</button></form>`,
      4,
    );
    await doItForMe();
    expect(clicked).toEqual(['decline']);
  });
});
