import { z } from 'zod';

/**
 * What a person saw in one saved page, written beside it as `<name>.page.json` (the page itself is `<name>.html`
 * unless `page` names another file). The saved pages are other people's content and never enter git; the sidecar
 * records where each came from so a finding can be traced to its source.
 */

/** A file in a public repository, pinned to the commit it was read at. */
const PublicFile = z
  .object({
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
    path: z.string().min(1).max(500),
    commit: z.string().regex(/^[0-9a-f]{40}$/, 'a full 40-hex commit'),
  })
  .strict();

/** A page made for a test (the checker's own tests): no outside source. */
const MadeForTest = z.object({ madeFor: z.string().min(1).max(200) }).strict();

export const Sidecar = z
  .object({
    /** The recipe the page belongs to (its id, e.g. "facebook"). */
    site: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** The address the page was saved from; it is served there again. */
    url: z.url({ protocol: /^https$/, hostname: z.regexes.domain }),
    /** The saved HTML's file name, if not the sidecar's own name with `.html`. */
    page: z.string().regex(/^[^/\\]+$/, 'a file name in the same folder').optional(),
    /** Whether the page shows someone signed in. */
    signedIn: z.boolean(),
    /** The account name the page shows; null when it shows none; left out when not judged. */
    name: z.string().min(1).max(80).nullable().optional(),
    /**
     * Whether the saved DOM holds the control a person presses first to sign out (the account menu's opener or the
     * sign-out link): "shown" must be found by a recipe; "not-in-dom" (a menu the site renders by script) is no failure.
     */
    signOutEntry: z.enum(['shown', 'not-in-dom']).optional(),
    year: z.number().int().min(2005).max(2100),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    provenance: z.union([PublicFile, MadeForTest]),
    note: z.string().max(500).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof Sidecar>;

export const SIDECAR_SUFFIX = '.page.json';

/** The saved HTML's file name for a sidecar file name. */
export function pageFileName(sidecarFile: string, sidecar: Sidecar): string {
  return sidecar.page ?? `${sidecarFile.slice(0, -SIDECAR_SUFFIX.length)}.html`;
}
