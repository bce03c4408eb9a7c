import type { Bilingual } from '../schema';

/**
 * A manual guide: steps a person does by hand where Signoff cannot reach (an app on a phone, tablet or Windows).
 * Text only: nothing is pressed, no page is driven. Every text names where it comes from.
 */
export interface ManualText {
  text: Bilingual;
  /** Where the text comes from (a seed, a public page), with what it showed and what it did not. */
  provenance: readonly string[];
}

export interface ManualGuide {
  id: string;
  /** The recipe whose popup row and options card offer it. */
  recipeId: string;
  siteName: string;
  surface: 'phone-app' | 'windows-app';
  title: Bilingual;
  steps: readonly ManualText[];
  /** What can be done without the device at hand (or that Signoff has no guide for it yet). */
  withoutDevice: ManualText;
}
