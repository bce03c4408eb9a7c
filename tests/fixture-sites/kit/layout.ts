import { escapeHtml } from '../types';
import { accountMenuScript } from './account-menu';
import { signOutEntry } from './sign-out/entry';
import type { KitTexts } from './texts';
import type { FixtureSiteConfig, PageOptions, Visit } from './types';


/** The HTML document every kit page is rendered into. */
export function renderPage<T extends KitTexts>(v: Visit<T>, config: FixtureSiteConfig<T>, options: PageOptions): string {
  const header = options.header === false ? '' : config.render.header(v);
  const menu = options.header !== false && v.session ? accountMenuScript(v, config, signOutEntry(v, config)) : '';
  return `<!doctype html>
<html lang="${escapeHtml(v.lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
${config.render.head?.(v) ?? ''}<title>${escapeHtml(options.title)}</title><style>${config.render.style}</style></head>
<body>
${header}
<main id="main">
${options.body}
</main>
${menu}
${options.tail ?? ''}
</body>
</html>`;
}
