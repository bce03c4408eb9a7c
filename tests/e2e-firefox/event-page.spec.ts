import type { AuditRow, JobRow } from '../../utils/db-schema';
import { expect, test } from './harness';
import { eventPageState, terminateEventPage } from './firefox-internals';
import { openPopup, pressButton, readTable, signInAmazon, waitForText } from './pages';

const PL = 'www.amazon.pl';

test('the event page unloaded mid-sign-out: the next start resumes the job from IndexedDB and it ends verified', async ({
  firefox,
  tab,
  fixtures,
}) => {
  await signInAmazon(tab, PL, 'jan@example.com', 'haslo123');
  fixtures.amazon.controls.signOutDelayMs = 4_000; // The site is slow to answer the sign-out.
  let popup = await openPopup(firefox);
  await pressButton(popup, 'Sign out of Amazon (amazon.pl)');
  // Signoff has pressed the site's "Sign Out" and waits for the answer: now Firefox unloads the event page.
  await popup.waitForSelector('[data-testid="job-progress"][data-phase="verifying"]', { timeout: 20_000 });
  expect(await terminateEventPage(firefox)).toBe('stopped');
  expect(fixtures.amazon.activeSessions(PL)).toHaveLength(1); // Unloaded before the site answered.
  await popup.close();

  // Opening the popup sends the event page a message, which starts it again; the new page resumes the job.
  popup = await openPopup(firefox);
  await waitForText(popup, '[data-testid="result-row"][data-outcome="verified"]', 'Signed out (verified)', 30_000);
  expect(await eventPageState(firefox)).toBe('running');
  expect(fixtures.amazon.activeSessions(PL)).toEqual([]);
  expect(await readTable<AuditRow>(popup, 'audit')).toMatchObject([{ domain: 'amazon.pl', outcome: 'verified' }]);
  const jobs = await readTable<JobRow>(popup, 'jobs');
  expect(jobs[0]?.resumes).toBeGreaterThanOrEqual(1); // Really finished by a new event page.
});
