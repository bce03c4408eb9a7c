/**
 * Renders public/icon/icon.svg to the PNG sizes browsers and stores ask for, with the same Chromium the tests
 * use. Run after changing the SVG: `npx tsx tests/tools/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { projectRoot } from '../fixture-sites/paths';

const SIZES = [16, 32, 48, 96, 128];
const dir = join(projectRoot, 'public', 'icon');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
    await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to public/icon/`);
