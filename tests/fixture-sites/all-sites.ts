import { createAmazonSite } from './amazon/index';
import type { FixtureSite } from './types';

/** Every fixture site, by name. Adding a site means adding one line here. */
export function createSites() {
  return { amazon: createAmazonSite() } satisfies Record<string, FixtureSite>;
}
