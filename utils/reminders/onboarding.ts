import { openExtensionPage } from '../browser/tabs';
import { loadSettings } from '../policy';

const ATTEMPTS = 20;
const RETRY_MS = 500;

/**
 * First run: the options page asks whether this is a shared or a personal computer and says what each turns on,
 * so nothing is silently on or off. Skipped when the mode is already known (a reinstall, or set by policy).
 */
export async function openOnboardingIfNeeded(): Promise<void> {
  if ((await loadSettings()).mode !== undefined) return;
  // An extension installed at browser start is told so before the first window exists; tabs.create fails then.
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (await openExtensionPage('/options.html#welcome')) return;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
