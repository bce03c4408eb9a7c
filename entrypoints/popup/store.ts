import { batch as together, computed, signal } from '@preact/signals';
import { leftoversItem } from '../../utils/reminders/leftovers';
import { readStores, watchDatabase } from '../../utils/db-read';
import { popupSnapshotItem } from '../../utils/popup-snapshot';
import type { PopupSnapshot } from '../../utils/popup-snapshot-schema';
import type { BatchRow, JobRow, SessionRow } from '../../utils/db-schema';
import { readStoredReason } from '../../utils/stored-reason';
import { latestBatchView } from '../../utils/batch-model';
import type { Translate } from '../../utils/i18n';
import type { AccountFlowName, Command, CommandReply } from '../../utils/messaging/protocol';
import { buildPopupModel, commandErrorText, type PopupJobRow, type PopupSessionRow } from '../../utils/popup-model';

/** How often the clock moves on, so results older than 30 minutes leave an open popup. */
const TICK_MS = 15_000;

export interface PopupTables extends Record<string, unknown[]> {
  sessions: SessionRow[];
  jobs: JobRow[];
  batches: BatchRow[];
}

interface Deps {
  /** Reads the three tables the popup shows (plain IndexedDB: the popup does without Dexie to stay small). */
  read?: () => Promise<PopupTables>;
  /** The background's snapshot of those tables (utils/popup-snapshot.ts), parsed; undefined when there is none. */
  readSnapshot?: () => Promise<PopupSnapshot | undefined>;
  send: (command: Command) => Promise<CommandReply>;
  t: Translate;
}

/** The rows as stored; each job's reason is parsed here, at the boundary, so the popup model gets a typed value. */
async function readTables(): Promise<PopupTables> {
  const tables = await readStores<PopupTables>(['sessions', 'jobs', 'batches']);
  const jobs = tables.jobs.map(({ reason, ...job }) => {
    const parsed = readStoredReason(reason);
    return parsed ? { ...job, reason: parsed } : job;
  });
  return { ...tables, jobs };
}

/** The popup's state: the database's tables as signals, read again whenever it changes, plus the commands it sends. */
export function createPopupStore({ read = readTables, readSnapshot = () => popupSnapshotItem.get(), send, t }: Deps) {
  const sessions = signal<readonly PopupSessionRow[] | undefined>(undefined);
  const jobs = signal<readonly PopupJobRow[] | undefined>(undefined);
  const batches = signal<BatchRow[]>([]);
  const leftovers = signal<string[] | undefined>(undefined);
  const now = signal(Date.now());
  /** Where the rows on screen come from: the background's snapshot until the database has answered, then the database. */
  const shownFrom = signal<'snapshot' | 'database' | undefined>(undefined);
  const loadFailed = signal(false);
  const error = signal<string | undefined>(undefined);
  const model = computed(() =>
    sessions.value && jobs.value ? buildPopupModel(sessions.value, jobs.value, now.value) : undefined,
  );
  const batch = computed(() => latestBatchView(batches.value, jobs.value ?? [], now.value));
  // A second click before the job shows up must not start a second sign-out.
  const inFlight = new Set<string>();
  /** Set once the first database read has ended, well or not: from then on the snapshot is never drawn. */
  let databaseAnswered = false;

  /**
   * The snapshot answers before IndexedDB does: its rows are drawn until the database answers, never after. A snapshot
   * without sessions is not drawn: "nothing signed in" is said by the database only.
   */
  function showSnapshot(snapshot: PopupSnapshot | undefined): void {
    if (!snapshot || snapshot.sessions.length === 0 || databaseAnswered) return;
    performance.mark('popup:snapshot-read');
    showRows('snapshot', snapshot);
  }

  /** Draws the rows read from `from`, at the current time, in one update. */
  function showRows(from: 'snapshot' | 'database', rows: Pick<PopupSnapshot, 'sessions' | 'jobs' | 'batches'>): void {
    together(() => {
      now.value = Date.now();
      shownFrom.value = from;
      sessions.value = rows.sessions;
      jobs.value = rows.jobs;
      batches.value = rows.batches;
    });
  }

  function start(): () => void {
    if (!shownFrom.value) void readSnapshot().then(showSnapshot, () => undefined); // Unless one is drawn already.
    const stopWatching = watchDatabase(async () => {
      try {
        const tables = await read().finally(() => (databaseAnswered = true));
        performance.mark('popup:rows-read');
        showRows('database', tables);
      } catch {
        // A snapshot the database could not confirm is not left on screen.
        together(() => {
          if (shownFrom.value === 'snapshot') {
            sessions.value = undefined;
            jobs.value = undefined;
            shownFrom.value = undefined;
          }
          loadFailed.value = true;
        });
      }
    });
    const timer = setInterval(() => (now.value = Date.now()), TICK_MS);
    void leftoversItem.get().then((stored) => (leftovers.value = stored?.sites));
    const stopWatchingLeftovers = leftoversItem.watch((stored) => (leftovers.value = stored?.sites));
    return () => {
      stopWatchingLeftovers();
      stopWatching();
      clearInterval(timer);
    };
  }

  async function run(key: string, command: Command): Promise<void> {
    if (inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const reply = await send(command);
      error.value = reply.ok ? undefined : t('commandFailed', commandErrorText(t, reply.error));
    } catch (e) {
      // E.g. the background is not listening: say so rather than doing nothing.
      error.value = t('commandFailed', e instanceof Error ? e.message : String(e));
    } finally {
      inFlight.delete(key);
    }
  }

  return {
    model,
    batch,
    shownFrom,
    leftovers,
    now,
    loadFailed,
    error,
    start,
    /** Draws a snapshot at once (the popup's own copy), until the database answers. */
    show: showSnapshot,
    signOut: (sessionId: string) => run(`sign-out:${sessionId}`, { channel: 'command', type: 'sign-out', sessionId }),
    signOutEverywhere: () => run('sign-out-everywhere', { channel: 'command', type: 'sign-out-everywhere' }),
    leave: () => run('leave', { channel: 'command', type: 'leave' }),
    dismissLeftovers: () => run('dismiss-leftovers', { channel: 'command', type: 'dismiss-leftovers' }),
    openFlow: (sessionId: string, flow: AccountFlowName) =>
      run(`${flow}:${sessionId}`, { channel: 'command', type: 'open-flow', sessionId, flow }),
    dismiss: (jobId: string) => run(`dismiss:${jobId}`, { channel: 'command', type: 'dismiss-result', jobId }),
  };
}
export type PopupStore = ReturnType<typeof createPopupStore>;
