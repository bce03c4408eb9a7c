import type { FixtureSite } from '../../tests/fixture-sites/types';
import { sendHtml } from '../../tests/fixture-sites/types';

/** A host no recipe covers: the "ordinary page" of the page-cost benchmark. */
export const ORDINARY_HOST = 'www.news-example.org';

/** A news article of about 3,000 elements with a little script, the same every time. */
function articlePage(): string {
  const nav = Array.from({ length: 30 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join('');
  const paragraphs = Array.from(
    { length: 300 },
    (_, i) => `<p>Paragraph ${i}: <em>lorem</em> ipsum <a href="/story/${i}">dolor</a> sit amet, <strong>consectetur</strong> adipiscing elit.</p>`,
  ).join('\n');
  const related = Array.from({ length: 150 }, (_, i) => `<li><a href="/related/${i}"><img alt="" width="40" height="30">Related story ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ordinary news page</title>
<style>body{font:16px/1.5 sans-serif;margin:0}header,footer{background:#eee;padding:8px}main{display:flex}article{flex:3;padding:16px}aside{flex:1}</style></head>
<body><header><nav><ul>${nav}</ul></nav><a href="/login">Sign in</a></header>
<main><article><h1>An ordinary article</h1>${paragraphs}</article><aside><ul>${related}</ul></aside></main>
<footer>© News Example</footer>
<script>let total = 0; for (const a of document.querySelectorAll('a')) total += a.href.length; document.title += ' ' + total;</script>
</body></html>`;
}

export function createOrdinarySite(): FixtureSite {
  const html = articlePage();
  return {
    name: 'ordinary',
    hosts: [ORDINARY_HOST],
    handle: (_req, res) => sendHtml(res, 200, html),
    reset: () => undefined,
  };
}
