import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFileName, Sidecar, SIDECAR_SUFFIX } from './sidecar';

export interface SavedPage {
  /** The sidecar's path relative to the folder ("facebook/2023-feed-es.page.json"). */
  file: string;
  sidecar: Sidecar;
  html: string;
}

function sidecarFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return sidecarFiles(dir, relative);
    return entry.name.endsWith(SIDECAR_SUFFIX) ? [relative] : [];
  });
}

/** Every sidecar under `dir` (sub-folders too) with its saved page; a bad sidecar stops the run with its name. */
export function readSavedPages(dir: string): SavedPage[] {
  return sidecarFiles(dir)
    .sort()
    .map((file) => {
      const parsed = Sidecar.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
      const html = readFileSync(join(dir, folder, pageFileName(file.slice(folder ? folder.length + 1 : 0), parsed.data)), 'utf8');
      return { file, sidecar: parsed.data, html };
    });
}

/**
 * The page as served: without its scripts (they would call home, redirect or re-render), refresh redirects or
 * inline handlers' effect (the server's Content-Security-Policy forbids every script besides).
 */
export function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
}
