import { z } from 'zod';

/**
 * The pieces recipes (utils/recipes/schema.ts) and guides (utils/guides/schema.ts) are both built from: where to find
 * an element, texts per language, a path on the site, a domain, a public source. Both schemas import these; neither
 * imports the other's values for them.
 */

export const LANGUAGES = ['en', 'pl', 'de', 'es', 'fr', 'it', 'nl', 'cs'] as const;
export const Language = z.enum(LANGUAGES);

export const CssSelector = z
  .string()
  .min(1)
  .max(300)
  .refine((s) => !/[{}]/.test(s), 'a CSS selector may not contain { or }');

/** A visible label, as a page shows it. */
export const Label = z.string().trim().min(1).max(120);

/** A domain such as "amazon.pl": lower case, no scheme, no path, no leading dot. */
export const Domain = z
  .string()
  .max(253)
  .regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a domain is lower case, like "amazon.pl" (no scheme, path or leading dot)');

/** Texts per language; a step falls back to them when no CSS selector matches. */
export const Texts = z.partialRecord(Language, z.array(Label).min(1).max(20));

/** Where to find one element: CSS selectors first (tried in order), then visible texts. */
export const Target = z
  .object({
    css: z.array(CssSelector).min(1).max(10).optional(),
    text: Texts.optional(),
    /** Only look inside this element (e.g. an opened menu). */
    within: CssSelector.optional(),
  })
  .strict()
  .refine((t) => t.css !== undefined || t.text !== undefined, 'a target needs "css" or "text"');

/** A path on the recipe's own site ("/gp/flex/sign-out.html?..."). */
export const SitePath = z
  .string()
  .max(2000)
  .regex(/^\/(?!\/)[^\s\\]*$/, 'a site path starts with a single "/" and has no spaces');

/** A public source a fact rests on: its address and what it shows. */
export const Source = z.object({ url: z.url(), note: z.string().max(500) }).strict();

export type Target = z.infer<typeof Target>;
export type Texts = z.infer<typeof Texts>;
export type Source = z.infer<typeof Source>;
