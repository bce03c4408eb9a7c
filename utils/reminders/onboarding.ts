import { browser } from 'wxt/browser';
import { loadSettings } from '../policy';

/**
 * First run: the options page asks whether this is a shared or a personal computer and says what each turns on,
 * so nothing is silently on or off. Skipped when the mode is already known (a reinstall, or set by policy).
 */
export async function openOnboardingIfNeeded(): Promise<void> {
  if ((await loadSettings()).mode !== undefined) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome'), active: true });
}
