import type { IncomingMessage } from 'node:http';
import type { FixtureSiteConfig, LanguageCode } from './types';
import type { KitTexts } from './texts';

/**
 * The page language, as the real site picks it: a language parameter (Google's `hl`) first, then — for sites that
 * follow the browser — the first Accept-Language entry the site offers, else the site's default.
 */
export function pickLanguage<T extends KitTexts>(
  config: FixtureSiteConfig<T>,
  req: IncomingMessage,
  url: URL,
): { lang: LanguageCode; t: T } {
  const offered = (code: string | null | undefined): LanguageCode | undefined => {
    const primary = (code ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return primary && primary in config.languages ? (primary as LanguageCode) : undefined;
  };
  let lang = config.languageParam ? offered(url.searchParams.get(config.languageParam)) : undefined;
  if (!lang && config.languageFrom === 'accept-language') {
    const ranked = (req.headers['accept-language'] ?? '')
      .split(',')
      .map((part) => {
        const [tag, ...params] = part.split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { tag, q: q ? Number(q.slice(2)) : 1 };
      })
      .sort((a, b) => b.q - a.q);
    lang = ranked.map(({ tag }) => offered(tag)).find((code) => code !== undefined);
  }
  lang ??= config.defaultLanguage;
  const t = config.languages[lang] ?? config.languages[config.defaultLanguage];
  if (!t) throw new Error(`${config.name}: no texts for the default language ${config.defaultLanguage}`);
  return { lang, t };
}
