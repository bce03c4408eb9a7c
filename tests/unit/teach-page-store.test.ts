import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { formatMessage, type LocaleMessages } from '@/utils/i18n';
import type { Command, CommandReply } from '@/utils/messaging/protocol';
import { createTeachPageStore } from '@/utils/teach/teach-page-store';
import { teachSourceOf } from '@/utils/teach/teach-view';

/** The teach page opened for the popup's tab (issue #15 §1): what "Start recording" asks the browser and the background. */

const english: LocaleMessages = en;
const t = ((key: string, subs?: string | string[]) => formatMessage(english[key], subs)) as Parameters<typeof createTeachPageStore>[0]['t'];

function storeFor(search: string, granted: boolean, reply: CommandReply = { ok: true }) {
  const requested: string[][] = [];
  const sent: Command[] = [];
  const store = createTeachPageStore({
    source: teachSourceOf(search),
    t,
    send: async (command) => (sent.push(command), reply),
    requestOrigins: async (origins) => (requested.push(origins), granted),
    readReason: () => undefined,
  });
  return { store, requested, sent };
}

const TAB = '?tab=7&origin=https%3A%2F%2Fwww.dziennik-szkolny.pl';

describe('the teach page for the popup\'s tab', () => {
  it('offers to start, saying which site it will ask access to', () => {
    expect(storeFor(TAB, true).store.view.value).toEqual({
      kind: 'start',
      site: 'www.dziennik-szkolny.pl (dziennik-szkolny.pl)',
      fromTab: { host: 'www.dziennik-szkolny.pl' },
    });
  });

  it('asks for that host (and its parent) only, then asks the background to record in that tab', async () => {
    const { store, requested, sent } = storeFor(TAB, true);
    const started = store.start();
    // Asked at once, in the click, before anything is awaited.
    expect(requested).toEqual([['https://www.dziennik-szkolny.pl/*', 'https://dziennik-szkolny.pl/*']]);
    await started;
    expect(sent).toEqual([{ channel: 'command', type: 'teach-start-tab', tabId: 7, origin: 'https://www.dziennik-szkolny.pl' }]);
    expect(store.error.value).toBeUndefined();
  });

  it('starts nothing without the access, and says why the background would not start', async () => {
    const refused = storeFor(TAB, false);
    await refused.store.start();
    expect(refused.sent).toEqual([]);
    expect(refused.store.error.value).toBe(en.reasonNoSiteAccess.message);
    const moved = storeFor(TAB, true, { ok: false, error: 'teachTabLeftSite' });
    await moved.store.start();
    expect(moved.store.error.value).toContain(en.teachTabLeftSite.message);
  });

  it('opened without a tab or row, it starts nothing', async () => {
    const { store, requested, sent } = storeFor('?tab=7&origin=http%3A%2F%2Fwww.dziennik-szkolny.pl', true);
    expect(store.view.value).toEqual({ kind: 'nothing' });
    await store.start();
    expect([requested, sent]).toEqual([[], []]);
  });
});
