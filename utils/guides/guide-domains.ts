import { hostOnDomain } from '../core/host-match';
import type { Recipe, SiteEntry } from '../recipes/schema';
import type { Guide } from './schema';

/** The domains of `recipe` a guide runs on: those it names (if they are the recipe's), else all of them. */
export function guideDomains(recipe: Recipe, guide: Guide): string[] {
  const own = recipe.sites.map((site) => site.domain);
  return guide.domains ? own.filter((domain) => guide.domains!.includes(domain)) : own;
}

/**
 * Where a guide starts on `site`: the site's origin, or the guide's own `startHost` — but only a host on the run's
 * domain. A guide (an imported recipe's, say) that names another host gets no address: the run is refused.
 */
export function guideStartUrl(site: Pick<SiteEntry, 'origin' | 'domain'>, guide: Pick<Guide, 'startPath' | 'startHost'>): string | undefined {
  if (guide.startHost === undefined) return site.origin + guide.startPath;
  return hostOnDomain(guide.startHost, site.domain) ? `https://${guide.startHost}${guide.startPath}` : undefined;
}

/** A path of a running guide's pages: on its start host when that lies on one of the run's domains, else on `origin`. */
export function guidePageUrl(path: string, origin: string, startHost: string | undefined, allowedDomains: readonly string[]): string {
  const onRunSite = startHost !== undefined && allowedDomains.some((domain) => hostOnDomain(startHost, domain));
  return new URL(path, onRunSite ? `https://${startHost}` : origin).href;
}
