import type { JobRow } from '../utils/db-schema';
import { BareClient } from './lib/bare-http';
import { launchExtension, resetSites, sendCommand, type ExtensionBrowser, type Fixtures } from './lib/browser';
import { readTable } from '../tests/e2e/extension-state';
import { runAlone } from './lib/main';
import type { Section } from './lib/report';
import { setLatency, signInAll, sitesUnderTest, type SiteUnderTest } from './lib/sites';
import { median, ms, ratio, repeat, RUNS, table, until } from './lib/stats';

const TARGET_RATIO = 1.5;

/** The bare sign-out of each measured site: the requests its sign-out consists of, nothing else. */
const BARE: Record<string, { describe: string; signOut: (client: BareClient) => Promise<void> }> = {
  linkedin: {
    describe: 'GET /m/logout/ → 302 /login',
    signOut: async (client) => void (await client.follow('GET', 'https://www.linkedin.com/m/logout/')),
  },
  github: {
    describe: 'GET /logout (form) → POST /logout with its token → 302 /',
    signOut: async (client) => {
      const page = await client.send('GET', 'https://github.com/logout');
      const token = /name="authenticity_token" value="([^"]+)"/.exec(page.body)?.[1];
      if (!token) throw new Error('no authenticity_token on the GitHub fixture confirmation page');
      await client.follow('POST', 'https://github.com/logout', { authenticity_token: token });
    },
  },
};

/** Resolves with the moment the fixture server no longer knows any session of the site. */
function revokedAt(entry: SiteUnderTest): Promise<number> {
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      if (entry.site.activeSessions().length > 0) return;
      clearInterval(timer);
      resolve(Date.now());
    }, 1);
  });
}

interface Sample {
  /** Bare: until the server ended the session, and until the last answer (redirects followed) arrived. */
  bareEnded: number;
  bareDone: number;
  /** Signoff: until the server ended the session, and until the verified result was recorded. */
  ended: number;
  reported: number;
}

async function sample(browser: ExtensionBrowser, fixtures: Fixtures, entry: SiteUnderTest): Promise<Sample> {
  const page = await browser.context.newPage();
  // The bare sign-out, with the browser's cookies.
  await signInAll(page, browser.home, [entry]);
  const client = new BareClient(fixtures.server.port, await browser.context.cookies());
  await client.send('GET', `https://${entry.site.hosts[0]}/favicon.ico`); // A warm connection, as the browser has.
  setLatency([entry], true);
  const bareRevoked = revokedAt(entry);
  const bareStart = Date.now();
  await BARE[entry.key]!.signOut(client);
  const bareDone = Date.now() - bareStart;
  client.close();
  if (entry.site.activeSessions().length > 0) throw new Error(`the bare sign-out of ${entry.key} ended nothing`);
  await bareRevoked;

  // The same site signed in again and signed out by Signoff.
  await browser.context.clearCookies();
  await signInAll(page, browser.home, [entry]);
  await page.close();
  setLatency([entry], true);
  const revoked = revokedAt(entry);
  const start = Date.now();
  const reply = await sendCommand(browser.home, { type: 'sign-out', sessionId: entry.sessionId });
  const job = await until(async () => {
    const found = (await readTable<JobRow>(browser.home, 'jobs')).find((j) => j.id === reply.jobId);
    return found?.phase === 'done' ? found : undefined;
  }, `sign-out of ${entry.key}`, 60_000, 20);
  if (job.outcome !== 'verified') throw new Error(`${entry.key}: Signoff's sign-out ended ${job.outcome} (${job.reason})`);
  return { bareEnded: (await bareRevoked) - bareStart, bareDone, ended: (await revoked) - start, reported: job.finishedAt! - start };
}

export async function benchOverhead(fixtures: Fixtures): Promise<Section> {
  const measured = sitesUnderTest(fixtures.sites).filter((entry) => entry.key in BARE);
  resetSites(fixtures.sites);
  const browser = await launchExtension(fixtures);
  const results = new Map<string, Sample[]>();
  try {
    for (const entry of measured) {
      results.set(entry.key, await repeat(() => sample(browser, fixtures, entry)));
      console.error(`  overhead: ${entry.key} done (${RUNS} runs)`);
    }
  } finally {
    await browser.close();
  }
  const rows = measured.map((entry) => {
    const samples = results.get(entry.key)!;
    const pick = (key: keyof Sample) => median(samples.map((s) => s[key]));
    const ratios = (a: keyof Sample, b: keyof Sample) => median(samples.map((s) => s[a] / s[b]));
    return {
      entry,
      bareEnded: pick('bareEnded'),
      bareDone: pick('bareDone'),
      ended: pick('ended'),
      reported: pick('reported'),
      endedRatio: ratios('ended', 'bareEnded'),
      reportedRatio: ratios('reported', 'bareDone'),
    };
  });
  return {
    title: 'One site: Signoff vs the bare sign-out',
    method:
      `The site answers every request after its benchmark latency. Bare: the sign-out's own HTTP requests sent from Node ` +
      `with the browser's cookies (keep-alive connection, redirects followed). Signoff: the popup's "Sign out" command, ` +
      `timed to the moment the server ended the session and to the moment Signoff recorded the verified result. ` +
      `Median of ${RUNS} sign-outs per site, all in one browser.`,
    checks: [
      {
        target: `≤ ${TARGET_RATIO} × the bare sign-out, until the site has ended the session`,
        measured: rows.map((r) => `${r.entry.key} ${ratio(r.endedRatio)}`).join(', '),
        met: rows.every((r) => r.endedRatio <= TARGET_RATIO),
      },
      {
        target: `≤ ${TARGET_RATIO} × the bare sign-out, until the verified result is shown`,
        measured: rows.map((r) => `${r.entry.key} ${ratio(r.reportedRatio)}`).join(', '),
        met: rows.every((r) => r.reportedRatio <= TARGET_RATIO),
      },
    ],
    tables: [
      table(
        ['site', 'bare requests', 'latency'],
        rows.map((r) => [r.entry.key, BARE[r.entry.key]!.describe, `${r.entry.latencyMs} ms`]),
      ),
      table(
        ['site', 'session ended: bare', 'session ended: Signoff', 'overhead', 'done: bare (last answer)', 'done: Signoff (verified, reported)', 'overhead'],
        rows.map((r) => [
          r.entry.key,
          ms(r.bareEnded),
          ms(r.ended),
          ratio(r.endedRatio),
          ms(r.bareDone),
          ms(r.reported),
          ratio(r.reportedRatio),
        ]),
      ),
    ],
  };
}

runAlone(import.meta.url, benchOverhead);
