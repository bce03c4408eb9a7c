import type { MessageKey, Translate } from '../i18n';

/**
 * The panel's own texts (the guide's texts come with the guide). The background translates them in the language the
 * person chose and sends them with the guide: the panel runs on a web page, where Signoff's language setting and
 * locale files are not at hand. Numbered placeholders stay as "$1", "$2" for the panel to fill.
 */
export const PANEL_KEYS = [
  'guidePanelTitle',
  'guideStepOf',
  'guideDoItForMe',
  'guideOnlyYou',
  'guideOnPage',
  'guideNotFound',
  'guideManualHeading',
  'guideSignIn',
  'guideRetentionTitle',
  'guideRetentionDecline',
  'guideWarningTitle',
  'guideWarningAck',
  'guideOffTrack',
  'guideTakeMeThere',
  'guideChecking',
  'guideCompleted',
  'guideStoppedTitle',
  'guideReceiptSaving',
  'guideReceiptSaved',
  'guideReceiptSavedShot',
  'guideReceiptNone',
  'guideClose',
  'guideStepsHeading',
  'guideStepDone',
  'guideStepFinal',
] as const satisfies readonly MessageKey[];
export type PanelKey = (typeof PANEL_KEYS)[number];
export type PanelStrings = Record<PanelKey, string>;

export function panelStrings(t: Translate): PanelStrings {
  const placeholders = ['$1', '$2', '$3'];
  return Object.fromEntries(PANEL_KEYS.map((key) => [key, t(key, placeholders)])) as PanelStrings;
}

/** Fills "$1", "$2" in a panel string. */
export function fill(text: string, ...values: (string | number)[]): string {
  return text.replace(/\$(\d)/g, (match, n: string) => {
    const value = values[Number(n) - 1];
    return value === undefined ? match : String(value);
  });
}
