// Renders images/icon.svg to the 128×128 PNG the Marketplace needs (vsce refuses SVG icons),
// with headless Chromium driven by playwright-core from the e2e tools (scripts/e2e-tools.sh).
// The PNG is committed; run this only after editing the SVG: node scripts/gen-icon.mjs
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, readTools } from '../test/e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgFile = path.join(root, 'images', 'icon.svg');
const pngFile = path.join(root, 'images', 'icon.png');

const tools = await readTools();
const { chromium } = await import(pathToFileURL(path.join(tools.PLAYWRIGHT_CORE_DIR, 'index.mjs')).href);
const browser = await chromium.launch({ executablePath: tools.CHROMIUM, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  const svg = await readFile(svgFile, 'utf8');
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  // PNG IHDR: width and height are big-endian at offsets 16 and 20.
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== 128 || height !== 128) throw new Error(`expected 128×128, got ${width}×${height}`);
  await writeFile(pngFile, png);
  console.log(`Wrote ${path.relative(root, pngFile)} (${png.length} bytes)`);
} finally {
  await browser.close();
}
