import { grantedOrigins, removeOrigins, requestOrigins } from '../browser/permissions';
import { registeredScripts, registerOrUpdateScript, unregisterScripts } from '../browser/registered-scripts';
import { loadSettings } from '../policy';
import { recipeMatchPatterns } from '../recipes/match-patterns';
import { saveSettings } from '../settings';
import { forgetGenericSessions } from './generic-sessions';

/**
 * "Detect other sites": an optional permission for every https site, asked for only when the person turns the
 * setting on, and the detector content script registered for exactly the hosts granted (minus recipe sites).
 */

/** The optional host permission in the manifest (optional_host_permissions; optional_permissions on MV2). */
export const DETECTION_ORIGINS = ['https://*/*'];
export const GENERIC_DETECTOR_ID = 'signoff-generic-detector';
const DETECTOR_FILE = '/content-scripts/generic-detector.js';

/**
 * Turns detection on. Must be called from the click that asks for it: browsers show the permission prompt only
 * during a user gesture, so the request comes first, before anything else is awaited.
 */
export async function turnDetectionOn(): Promise<boolean> {
  const granted = await requestOrigins(DETECTION_ORIGINS);
  if (granted) await saveSettings({ detectOtherSites: true });
  return granted;
}

/** Turns detection off and gives the permission back: Signoff then sees only its recipe sites again. */
export async function turnDetectionOff(): Promise<void> {
  await saveSettings({ detectOtherSites: false });
  await removeOrigins(DETECTION_ORIGINS);
}

/** The https patterns granted beyond the recipe sites: all sites, or the ones the person picked in the browser. */
async function grantedPatterns(): Promise<string[]> {
  const origins = await grantedOrigins();
  const recipePatterns = new Set(recipeMatchPatterns());
  return origins.filter((origin) => origin.startsWith('https://') && !recipePatterns.has(origin));
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings the detector's registration in line with the setting and the granted hosts; called at worker start and
 * whenever either changes. Turning detection off also forgets the sessions it found. When the person takes the
 * access back in the browser's own settings, the setting turns off too, so the options page tells the truth.
 */
export function syncGenericDetection(): Promise<void> {
  const run = queue.then(async () => {
    const enabled = (await loadSettings()).detectOtherSites;
    const matches = enabled ? await grantedPatterns() : [];
    const registered = await registeredScripts([GENERIC_DETECTOR_ID]);
    if (matches.length === 0) {
      if (registered.length > 0) await unregisterScripts([GENERIC_DETECTOR_ID]);
      if (enabled) await saveSettings({ detectOtherSites: false }); // Its change brings us back here, disabled.
      else await forgetGenericSessions();
      return;
    }
    const script = {
      id: GENERIC_DETECTOR_ID,
      js: [DETECTOR_FILE],
      matches,
      excludeMatches: recipeMatchPatterns(),
      runAt: 'document_idle' as const,
      allFrames: false,
      persistAcrossSessions: true,
    };
    await registerOrUpdateScript(script, registered.length > 0);
  });
  queue = run.catch(() => undefined);
  return run;
}
