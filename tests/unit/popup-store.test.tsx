// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupStore } from '../../entrypoints/popup/store';
import { db } from '../../utils/db';
import type { JobRow, SessionRow } from '../../utils/db-schema';
import { t } from '../../utils/i18n';
import type { Command, CommandReply } from '../../utils/messaging/protocol';

const session: SessionRow = {
  id: 'amazon:amazon.pl',
  recipeId: 'amazon',
  siteName: 'Amazon',
  domain: 'amazon.pl',
  cookieNames: ['session-id'],
  signedInAt: Date.now() - 60_000,
  lastSeenAt: Date.now(),
};

const runningJob: JobRow = {
  id: 'job-1',
  kind: 'sign-out',
  sessionId: session.id,
  recipeId: 'amazon',
  siteName: 'Amazon',
  domain: 'amazon.pl',
  phase: 'running',
  methodIndex: 0,
  stepIndex: 0,
  resumes: 0,
  openedTab: true,
  createdAt: Date.now(),
  updatedAt: Date.now(),
  deadline: Date.now() + 60_000,
};

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function start(send: (command: Command) => Promise<CommandReply> = async () => ({ ok: true })) {
  const store = createPopupStore({ send: vi.fn(send), t });
  stop = store.start();
  return store;
}

describe('popup store', () => {
  it('follows the database live', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.model.value?.empty).toBe(true));
    await db.sessions.put(session);
    await vi.waitFor(() => expect(store.model.value?.sessions[0]?.sessionId).toBe(session.id));
    await db.jobs.put(runningJob);
    await vi.waitFor(() => expect(store.model.value?.sessions[0]?.job?.phase).toBe('running'));
    await db.jobs.put({ ...runningJob, phase: 'done', outcome: 'verified', finishedAt: Date.now() });
    await db.sessions.delete(session.id);
    await vi.waitFor(() => expect(store.model.value?.results[0]?.outcome).toBe('verified'));
    expect(store.model.value?.sessions).toEqual([]);
  });

  it('sends the commands', async () => {
    const send = vi.fn(async (): Promise<CommandReply> => ({ ok: true, jobId: 'job-1' }));
    const store = createPopupStore({ send, t });
    await store.signOut(session.id);
    await store.dismiss('job-1');
    expect(send.mock.calls).toEqual([
      [{ channel: 'command', type: 'sign-out', sessionId: session.id }],
      [{ channel: 'command', type: 'dismiss-result', jobId: 'job-1' }],
    ]);
    expect(store.error.value).toBeUndefined();
  });

  it('does not send a second sign-out while the first is on its way', async () => {
    let answer: (reply: CommandReply) => void = () => {};
    const send = vi.fn(() => new Promise<CommandReply>((resolve) => (answer = resolve)));
    const store = createPopupStore({ send, t });
    const first = store.signOut(session.id);
    await store.signOut(session.id);
    answer({ ok: true });
    await first;
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('shows a refused or failed command', async () => {
    const store = createPopupStore({ send: async () => ({ ok: false, error: 'reasonUnknownSession' }), t });
    await store.signOut(session.id);
    expect(store.error.value).toBe('Signoff could not do that: This session is no longer known.');
    const broken = createPopupStore({
      send: () => Promise.reject(new Error('Receiving end does not exist.')),
      t,
    });
    await broken.dismiss('job-1');
    expect(broken.error.value).toBe('Signoff could not do that: Receiving end does not exist.');
  });
});
