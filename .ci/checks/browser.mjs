// Opens every page of a served site in Debian's Chromium (driven by playwright-core, which
// downloads no browser) and checks it as a reader on a laptop and on a phone would meet it.
//
// usage: node browser.mjs [--links-only] [--public-url URL] BASE_URL REPORT_DIR page.html...
//   BASE_URL    where the site is served, e.g. http://127.0.0.1:8000/some/sub/path/
//   REPORT_DIR  gets a screenshot of every page at each width and report.json
//
// Problems found, one line each, tagged by kind:
//   axe-1280 / axe-390   an axe-core violation (WCAG 2.2 A/AA and best practice), any impact,
//                        in the light and the dark colour scheme (each gets a screenshot)
//   overflow-390         the page is wider than a 390 px screen, with the widest element
//   requests             a request that failed or answered 4xx/5xx, a console error, a script error
//   links-http           a link that leaves BASE_URL, answers 4xx/5xx, or names a missing #fragment
// The last line counts each kind: "browser: axe-1280=0 axe-390=0 overflow-390=0 requests=0 links-http=0".
// --links-only loads each page at 1280 px and checks only requests and links (for a second copy
// of the site, served under another path). --public-url names the address the site was built
// for (its base_url): requests and links to it are answered from BASE_URL instead.
// Exit 1 when anything was found, 2 when the browser could not run.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const linksOnly = args[0] === '--links-only' && Boolean(args.shift());
const publicUrl = args[0] === '--public-url' ? args.splice(0, 2)[1] : null;
const [base, reportDir, ...pages] = args;
// The address a request really goes to: the public address of the site is served from BASE_URL.
const local = address => (publicUrl && address.startsWith(publicUrl) ? base + address.slice(publicUrl.length) : address);
if (!base || !reportDir || pages.length === 0) {
  console.error('usage: node browser.mjs BASE_URL REPORT_DIR page.html...');
  process.exit(2);
}
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];
fs.mkdirSync(reportDir, { recursive: true });

const problems = { 'axe-1280': [], 'axe-390': [], 'overflow-390': [], requests: [], 'links-http': [] };
const report = (kind, page, detail) => {
  problems[kind].push({ page, detail });
  console.log(`${kind}: ${page}: ${detail}`);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout: 60000,
});

// Runs axe on the page as it is now laid out, in the light colour scheme and then in the dark
// one (prefers-color-scheme emulated), and reports every violation; a dark screenshot too.
async function axe(page, rel, kind, shot) {
  await page.evaluate(axeSource);
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(tags => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
    }), AXE_TAGS);
    for (const v of result.violations) {
      const where = v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ');
      report(kind, rel, `${colorScheme}: ${v.id} [${v.impact}] ${v.help} (${v.nodes.length}x: ${where})`);
    }
    if (colorScheme === 'dark') await page.screenshot({ path: `${shot}-dark.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// How many px the page is wider than the screen, and the element that sticks out furthest.
async function overflow(page) {
  return page.evaluate(() => {
    const screen = window.innerWidth;
    const width = Math.max(document.documentElement.scrollWidth, document.body?.scrollWidth ?? 0);
    let widest = null;
    let right = screen;
    for (const el of document.body ? document.body.querySelectorAll('*') : []) {
      const r = el.getBoundingClientRect().right;
      if (r > right) { right = r; widest = el; }
    }
    const name = widest ? widest.tagName.toLowerCase() + (widest.className ? '.' + String(widest.className).split(' ')[0] : '') : '?';
    return { by: width - screen, element: name };
  });
}

// Every address the page refers to, resolved against the page.
async function references(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('[href], [src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src');
      try { found.push(new URL(raw, document.baseURI).href); } catch { found.push(raw); }
    }
    return found;
  });
}

// axe at 1280 px and a screenshot; then at 390 px: overflow, axe again, a screenshot.
async function visualChecks(page, rel) {
  const slug = rel.replace(/[^A-Za-z0-9.-]+/g, '_').replace(/\.html$/, '');
  await axe(page, rel, 'axe-1280', path.join(reportDir, `${slug}-1280`));
  await page.screenshot({ path: path.join(reportDir, `${slug}-1280.png`), fullPage: true });
  await page.setViewportSize(WIDTHS[1]);
  await page.evaluate(() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))));
  const wide = await overflow(page);
  if (wide.by > 0) report('overflow-390', rel, `${wide.by}px wider than the screen (furthest right: ${wide.element})`);
  await axe(page, rel, 'axe-390', path.join(reportDir, `${slug}-390`));
  await page.screenshot({ path: path.join(reportDir, `${slug}-390.png`), fullPage: true });
}

const linkTargets = new Map(); // address without fragment -> pages that link to it (with fragment)
const context = await browser.newContext({ viewport: WIDTHS[0] });
if (publicUrl) {
  await context.route(url => url.href.startsWith(publicUrl), async route => {
    const response = await context.request.get(local(route.request().url()));
    await route.fulfill({ response });
  });
}
for (const rel of pages) {
  const url = new URL(rel, base).href;
  const page = await context.newPage();
  page.on('console', m => { if (m.type() === 'error') report('requests', rel, `console error: ${m.text()}`); });
  page.on('pageerror', e => report('requests', rel, `script error: ${e.message}`));
  page.on('requestfailed', r => report('requests', rel, `${r.url()} failed: ${r.failure()?.errorText}`));
  page.on('response', r => { if (r.status() >= 400) report('requests', rel, `${r.url()} answered HTTP ${r.status()}`); });
  try {
    await page.setViewportSize(WIDTHS[0]);
    await page.goto(url, { waitUntil: 'load', timeout: 30000 });
    await page.evaluate(() => document.fonts.ready);
    if (!linksOnly) await visualChecks(page, rel);
    for (const address of (await references(page)).map(local)) {
      const target = address.split('#')[0];
      if (!address.startsWith('http://') && !address.startsWith('https://')) continue;
      if (new URL(address).origin !== new URL(base).origin) continue; // another site: not fetched
      if (!linkTargets.has(target)) linkTargets.set(target, []);
      linkTargets.get(target).push({ rel, address });
    }
  } catch (e) {
    report('requests', rel, `could not be checked: ${e.message.split('\n')[0]}`);
  }
  await page.close();
}

// Every same-origin address must stay under BASE_URL, answer, and hold the fragment it names.
for (const [target, uses] of linkTargets) {
  const first = uses[0];
  if (!target.startsWith(base)) {
    report('links-http', first.rel, `${first.address} leaves ${base}`);
    continue;
  }
  const response = await context.request.get(target);
  if (response.status() >= 400) {
    report('links-http', first.rel, `${first.address} answered HTTP ${response.status()}`);
    continue;
  }
  const type = response.headers()['content-type'] || '';
  if (!type.includes('html')) continue;
  const html = await response.text();
  for (const { rel, address } of uses) {
    const fragment = decodeURIComponent(address.split('#')[1] || '');
    if (!fragment) continue;
    const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (!new RegExp(`\\s(id|name)=["']?${escaped}["'\\s>]`).test(html)) {
      report('links-http', rel, `${address}: no element with id "${fragment}"`);
    }
  }
}
await context.close();
await browser.close();

fs.writeFileSync(path.join(reportDir, 'report.json'), JSON.stringify(problems, null, 2));
const counts = Object.entries(problems).map(([kind, list]) => `${kind}=${list.length}`).join(' ');
console.log(`browser: pages=${pages.length} links=${linkTargets.size} ${counts}`);
process.exit(Object.values(problems).some(list => list.length) ? 1 : 0);
