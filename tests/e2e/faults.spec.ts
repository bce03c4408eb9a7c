import { mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { AuditRow, JobRow } from '../../utils/db-schema';
import type { AmazonFaultControls as AmazonControls } from '../fixture-sites/amazon/faults';
import { projectTmpDir } from '../fixture-sites/paths';
import { expect, signInAmazon, test, type SiteFixtures } from './harness';
import { readTable } from './extension-state';
import { launchWithExtension } from './launch';

/**
 * The fault matrix (docs/fault-matrix.md): each way a site or the browser can fail during a sign-out, driven end to
 * end from the popup against the Amazon fixture. Every case must end in an honest final state — the popup's result
 * row, the audit row and the server's own session list agree — within the job's bounds, with no session silently
 * left behind.
 *
 * Covered elsewhere and not repeated here:
 * - the service worker stopped mid-sign-out: amazon-sign-out.spec.ts, "(e) a service worker stopped mid-sign-out…";
 * - two "Sign out everywhere" presses at once: sign-out-everywhere.spec.ts, "a second press while a run is going on…";
 * - the sign-out control and URL removed altogether: amazon-sign-out.spec.ts, "(d) when the sign-out cannot be driven…".
 */

const run = promisify(execFile);
const PL = 'www.amazon.pl';
const AUTH_COOKIES = ['at-acbpl', 'x-acbpl', 'sess-at-acbpl'];
/** utils/jobs/sign-out-job.ts: a job stops trying the site after this long and falls back. */
const JOB_DEADLINE_MS = 90_000;

const VERIFIED_TEXT = 'Signed out (verified)';
const CLEARED_TEXT = 'Removed from this browser — the site may still consider you signed in';
const NOT_VERIFIED_TEXT = 'the site did not end the session';

const resultRow = (popup: Page, domain: string) => popup.locator('[data-testid="result-row"]').filter({ hasText: `(${domain})` });
const signOutButton = (popup: Page) => popup.getByRole('button', { name: 'Sign out of Amazon (amazon.pl)' });

/** What a case measured, printed for docs/fault-matrix.md. */
function report(name: string, audit: AuditRow, serverSessions: number) {
  const line = `[fault-matrix] ${name}: outcome=${audit.outcome} reason=${audit.reason.key}${audit.reason.detail ? `: ${audit.reason.detail}` : ''} method=${audit.method ?? '-'} durationMs=${audit.durationMs} serverSessions=${serverSessions}`;
  console.log(line);
  test.info().annotations.push({ type: 'measured', description: line });
}

/** Waits for the one audit row of amazon.pl and checks it against the popup's result row. */
async function finalState(popup: Page, outcome: AuditRow['outcome'], timeout = 60_000): Promise<AuditRow> {
  const row = resultRow(popup, 'amazon.pl');
  await expect(row).toHaveAttribute('data-outcome', outcome, { timeout });
  await expect(row).toContainText(outcome === 'verified' ? VERIFIED_TEXT : outcome === 'cleared' ? CLEARED_TEXT : 'Could not sign out');
  if (outcome !== 'verified') await expect(popup.getByText(VERIFIED_TEXT)).toHaveCount(0);
  const audit = await readTable<AuditRow>(popup, 'audit');
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({ domain: 'amazon.pl', outcome });
  // No job is left running, and none hung past the job's deadline.
  const jobs = await readTable<JobRow>(popup, 'jobs');
  expect(jobs.every((job) => job.phase === 'done')).toBe(true);
  expect(audit[0]!.durationMs).toBeLessThan(JOB_DEADLINE_MS + 30_000);
  return audit[0]!;
}

async function authCookiesLeft(context: BrowserContext): Promise<string[]> {
  return (await context.cookies(`https://${PL}`)).filter((c) => AUTH_COOKIES.includes(c.name)).map((c) => c.name);
}

/** Signed in on amazon.pl with "remember me": the site's next page gives the browser its remember-me cookie. */
async function signInRemembered(page: Page, context: BrowserContext, fixtures: SiteFixtures): Promise<void> {
  await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
  fixtures.amazon.controls.rememberMe = true;
  await page.reload();
  expect((await context.cookies(`https://${PL}`)).map((c) => c.name)).toContain('amzn-remember-acbpl');
}

test.describe('fault matrix: the site misbehaves', () => {
  // 6 s per response: longer than a recipe step waits for its control (5 s), well inside a page load's 20 s.
  test('site slow (every response 6 s late): the sign-out still completes and is verified', async ({ page, openPopup, fixtures }) => {
    test.setTimeout(120_000);
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    const popup = await openPopup();
    fixtures.amazon.controls.responseDelayMs = 6_000;
    await signOutButton(popup).click();
    const audit = await finalState(popup, 'verified', 100_000);
    expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
    report('slow site (6 s per response)', audit, 0);
  });

  // The site's sign-out fails in a way the page may hide: the truth on both sides is that the server still holds the
  // session and the browser no longer does, and the popup says the site may still hold it.
  const notEnded: { name: string; label: string; breakIt: (controls: AmazonControls) => void }[] = [
    { name: 'HTTP 500 on the sign-out', label: 'HTTP 500 on sign-out', breakIt: (c) => void (c.signOutStatus = 500) },
    { name: 'infinite redirect on the sign-out URL (no hang)', label: 'infinite redirect on sign-out', breakIt: (c) => void (c.signOutRedirectLoop = true) },
    {
      name: 'a page that only shows "You have been signed out" while the session stays',
      label: 'page only says "signed out"',
      breakIt: (c) => void (c.signOutPretends = true),
    },
  ];
  for (const { name, label, breakIt } of notEnded) {
    test(`${name}: not verified, removed from this browser, and the popup says so`, async ({ page, context, openPopup, fixtures }) => {
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      breakIt(fixtures.amazon.controls);
      const popup = await openPopup();
      await signOutButton(popup).click();
      const audit = await finalState(popup, 'cleared');
      expect(audit.reason).toEqual({ key: 'reasonNotVerified' });
      await expect(resultRow(popup, 'amazon.pl')).toContainText(NOT_VERIFIED_TEXT);
      expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1);
      expect(await authCookiesLeft(context)).toEqual([]);
      report(label, audit, fixtures.amazon.activeSessions(PL).length);
    });
  }

  test('a site that signs the person back in (remember-me) right after the sign-out is not reported as signed out', async ({
    page,
    context,
    openPopup,
    fixtures,
  }) => {
    await signInRemembered(page, context, fixtures);
    const popup = await openPopup();
    await signOutButton(popup).click();
    const audit = await finalState(popup, 'cleared');
    expect(audit.reason).toEqual({ key: 'reasonNotVerified' });
    // The site's sign-out revoked the first session, and its remember-me cookie started another one at once.
    const sessions = fixtures.amazon.activeSessions(PL);
    expect(sessions).toHaveLength(1);
    // Clearing removed the remember-me cookie too: this browser cannot be signed back in by it any more.
    const left = (await context.cookies(`https://${PL}`)).map((c) => c.name);
    expect(left.filter((name) => [...AUTH_COOKIES, 'amzn-remember-acbpl'].includes(name))).toEqual([]);
    report('remember-me signs back in', audit, sessions.length);
  });

  // Signoff closes its sign-out tab as soon as the site's sign-out has landed, before the page's script runs, and
  // with no other page of the site open there is no quiet window: the site's answer to the account check, asked
  // with every cookie the browser still holds, must be what catches the remember-me cookie.
  test('remember-me with no page of the site open: the account check catches it, not reported as signed out', async ({
    page,
    context,
    openPopup,
    fixtures,
  }) => {
    await signInRemembered(page, context, fixtures);
    await page.goto('about:blank'); // No page of the site is open any more.
    const popup = await openPopup();
    await signOutButton(popup).click();
    const audit = await finalState(popup, 'cleared');
    expect(audit.reason).toEqual({ key: 'reasonNotVerified' });
    const left = (await context.cookies(`https://${PL}`)).map((c) => c.name);
    expect(left.filter((name) => [...AUTH_COOKIES, 'amzn-remember-acbpl'].includes(name))).toEqual([]);
    report('remember-me, no page of the site open', audit, fixtures.amazon.activeSessions(PL).length);
  });
});

test.describe('fault matrix: layout changed', () => {
  const redesigns = [
    { redesign: 'moved', name: 'sign-out link moved (new id and address, same label): the text fallback finds it', method: 'steps', label: 'layout changed: link moved, same label' },
    { redesign: 'renamed', name: "sign-out link renamed (selectors and texts miss): the recipe's sign-out URL is used", method: 'url-request', label: 'layout changed: link renamed' },
  ] as const;
  for (const { redesign, name, method, label } of redesigns) {
    test(`${name}, and the sign-out is verified`, async ({ page, openPopup, fixtures }) => {
      await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
      fixtures.amazon.controls.signOutRedesign = redesign;
      const popup = await openPopup();
      await signOutButton(popup).click();
      const audit = await finalState(popup, 'verified');
      expect(audit.method).toBe(method);
      expect(fixtures.amazon.activeSessions(PL)).toHaveLength(0);
      report(label, audit, 0);
    });
  }
});

test.describe('fault matrix: the person or the browser interrupts', () => {
  test('the person closes the sign-out tab mid-flow: the job ends with an honest outcome', async ({ page, context, openPopup, fixtures }) => {
    await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
    fixtures.amazon.controls.signOutDelayMs = 4_000; // The site is slow to answer the sign-out request.
    const popup = await openPopup();
    const before = new Set(context.pages());
    await signOutButton(popup).click();
    await expect(popup.locator('[data-testid="job-progress"][data-phase="verifying"]')).toBeVisible({ timeout: 20_000 });
    const signOutTab = context.pages().find((p) => !before.has(p) && p.url().includes('amazon.pl'));
    expect(signOutTab).toBeDefined();
    await signOutTab!.close(); // The browser abandons the sign-out request: the server revokes nothing.
    fixtures.amazon.controls.signOutDelayMs = 0;

    const row = resultRow(popup, 'amazon.pl');
    await expect(row).toHaveAttribute('data-outcome', /verified|cleared/, { timeout: 60_000 });
    const outcome = (await row.getAttribute('data-outcome')) as AuditRow['outcome'];
    const audit = await finalState(popup, outcome);
    const serverSessions = fixtures.amazon.activeSessions(PL).length;
    // The popup says "verified" only if the server really ended the session.
    expect(serverSessions).toBe(outcome === 'verified' ? 0 : 1);
    expect(await authCookiesLeft(context)).toEqual([]);
    report('sign-out tab closed by the person', audit, serverSessions);
  });
});

/** A port nothing listens on: connecting to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Kills this test's own Chromium (found by its unique profile directory) at once, as a crash or power cut would. */
async function killBrowser(profileDir: string, context: BrowserContext): Promise<void> {
  const { stdout } = await run('pgrep', ['-f', '--', `--user-data-dir=${profileDir}`]);
  for (const pid of stdout.split(/\s+/).filter(Boolean).map(Number)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone with its parent.
    }
  }
  await context.close().catch(() => undefined);
}

async function openExtensionPopup(context: BrowserContext): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  return popup;
}

test.describe('fault matrix: relaunches of one profile', () => {
  test('connection refused (the site\'s host unreachable): no hang, removed from this browser, reported honestly', async ({ fixtures }) => {
    test.setTimeout(120_000);
    const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'refused-'));
    const launch = (rules: string) => launchWithExtension({ profileDir, hostResolverRules: rules, uiLanguage: 'en', headless: true });
    try {
      let context = await launch(fixtures.server.hostResolverRules);
      await signInAmazon(context.pages()[0] ?? (await context.newPage()), PL, 'jan@example.com', 'haslo123');
      await context.close();

      // The same profile, but amazon.pl now points at a port where nothing listens.
      const refused = await closedPort();
      const rules = fixtures.server.hosts
        .map((host) => `MAP ${host} 127.0.0.1:${host.endsWith('amazon.pl') ? refused : fixtures.server.port}`)
        .join(', ');
      context = await launch(rules);
      const popup = await openExtensionPopup(context);
      await signOutButton(popup).click();
      const audit = await finalState(popup, 'cleared', 90_000);
      expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1); // The server never heard of the sign-out.
      expect(await authCookiesLeft(context)).toEqual([]);
      report('connection refused', audit, 1);
      await context.close();
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  });

  for (const how of ['closed', 'killed'] as const) {
    test(`the browser ${how} mid-sign-out and relaunched: the job resumes and ends honestly`, async ({ fixtures }) => {
      test.setTimeout(120_000);
      const profileDir = await mkdtemp(join(projectTmpDir('profiles'), 'relaunch-mid-'));
      const launch = () =>
        launchWithExtension({ profileDir, hostResolverRules: fixtures.server.hostResolverRules, uiLanguage: 'en', headless: true });
      try {
        let context = await launch();
        const page = context.pages()[0] ?? (await context.newPage());
        await signInAmazon(page, PL, 'jan@example.com', 'haslo123');
        fixtures.amazon.controls.signOutDelayMs = 8_000; // The site takes its time over the sign-out, throughout.
        let popup = await openExtensionPopup(context);
        await signOutButton(popup).click();
        await expect(popup.locator('[data-testid="job-progress"][data-phase="verifying"]')).toBeVisible({ timeout: 20_000 });
        // The browser goes away while the site is still answering the sign-out: closed as a person closes it (tabs
        // first, then the browser), or killed outright, when the extension gets no chance to react at all.
        if (how === 'closed') await context.close();
        else await killBrowser(profileDir, context);
        expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1); // The abandoned request revoked nothing.

        context = await launch();
        popup = await openExtensionPopup(context);
        const row = resultRow(popup, 'amazon.pl');
        await expect(row).toHaveAttribute('data-outcome', /verified|cleared|failed/, { timeout: 60_000 });
        const outcome = (await row.getAttribute('data-outcome')) as AuditRow['outcome'];
        const audit = await finalState(popup, outcome);
        const jobs = await readTable<JobRow>(popup, 'jobs');
        if (how === 'killed') expect(jobs[0]?.resumes).toBeGreaterThanOrEqual(1); // Finished by the relaunched browser.
        // A browser that was killed may not have saved the cookies: their absence is then no proof of a sign-out.
        if (outcome === 'cleared') await expect(row).toContainText('The browser closed during the sign-out');
        const serverSessions = fixtures.amazon.activeSessions(PL).length;
        expect(serverSessions).toBe(outcome === 'verified' ? 0 : 1);
        expect(await authCookiesLeft(context)).toEqual([]);
        // Signoff closed only the tab it opened itself: the popup is still there.
        expect(popup.isClosed()).toBe(false);
        report(`browser ${how} mid-flow and relaunched (resumes=${jobs[0]?.resumes})`, audit, serverSessions);
        await context.close();
      } finally {
        await rm(profileDir, { recursive: true, force: true });
      }
    });
  }
});
