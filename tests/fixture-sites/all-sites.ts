import { createAmazonSite } from './amazon/index';
import { createBoutiqueExemple, createForumBeispiel, createSampleCrm, createSklepPrzyklad } from './generic/index';
import type { FixtureSite } from './types';

/** Every fixture site, by name. Adding a site means adding one line here. */
export function createSites() {
  return {
    amazon: createAmazonSite(),
    // Sites Signoff has no recipe for (generic sign-out): (a) header link, (b) dropdown, (c) POST form, (d) account page.
    sklepPrzyklad: createSklepPrzyklad(),
    forumBeispiel: createForumBeispiel(),
    boutiqueExemple: createBoutiqueExemple(),
    sampleCrm: createSampleCrm(),
  } satisfies Record<string, FixtureSite>;
}
