// Measures how long a saved edit takes to reach an open page under `deckle serve`: from just
// before the file is written to the moment the reloaded page showing the change is first
// painted, in Debian's Chromium (driven by playwright-core, as browser.mjs does).
//
// usage: node reload-latency.mjs DECKLE_BINARY PROJECT_DIR [EDITS]
//   DECKLE_BINARY  the deckle to run (a release build: target/release/deckle)
//   PROJECT_DIR    a project to copy (e.g. the repository itself, for the seed); the copy is
//                  made in a temporary folder, the project itself is never changed
//   EDITS          how many edits of the first question to time (20 unless told)
// Prints each edit's time, then "reload: edits=20 median=… ms p90=… ms min=… ms max=… ms".
// Exit 1 when an edit never showed up, 2 when the preview or the browser could not start.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [binary, source, editsArg] = process.argv.slice(2);
const EDITS = Number(editsArg || 20);
if (!binary || !source || !(EDITS > 0)) {
  console.error('usage: node reload-latency.mjs DECKLE_BINARY PROJECT_DIR [EDITS]');
  process.exit(2);
}
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'deckle-reload-'));
for (const dir of ['content', 'templates']) {
  if (fs.existsSync(path.join(source, dir))) fs.cpSync(path.join(source, dir), path.join(project, dir), { recursive: true });
}
const questions = path.join(project, 'content', 'questions.yaml');
const original = fs.readFileSync(questions, 'utf8');
const first = original.match(/^\s*- id: (\S+)\n\s*text: "([^"]*)"/m);
if (!first) {
  console.error(`no question with a quoted text found in ${questions}`);
  process.exit(2);
}
const [, id, text] = first;

const server = spawn(path.resolve(binary), ['serve', '--port', '0'], { cwd: project, env: { ...process.env, NO_COLOR: '1' } });
const stop = code => {
  server.kill('SIGINT');
  fs.rmSync(project, { recursive: true, force: true });
  process.exit(code);
};
const port = await new Promise(resolve => {
  let seen = '';
  const look = chunk => {
    seen += chunk;
    const found = seen.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
    if (found) resolve(Number(found[1]));
  };
  server.stdout.on('data', look);
  server.stderr.on('data', look);
  server.on('exit', () => resolve(null));
  setTimeout(() => resolve(null), 30000);
});
if (!port) {
  console.error('deckle serve did not start');
  stop(2);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout: 60000,
});
const page = await browser.newPage();
// Every document notes when it was first painted (the frame after its DOM was ready).
await page.addInitScript(() => {
  document.addEventListener('DOMContentLoaded', () => {
    requestAnimationFrame(() => setTimeout(() => { window.__deckleShownAt = Date.now(); }, 0));
  });
});
await page.goto(`http://127.0.0.1:${port}/questions/${id}.html`, { waitUntil: 'load' });

// Waits until the open page shows `marker`; the time it was painted, or null after 10 s.
async function shownAt(marker) {
  const until = Date.now() + 10000;
  while (Date.now() < until) {
    try {
      const at = await page.evaluate(m => (document.body && document.body.textContent.includes(m) ? window.__deckleShownAt || null : null), marker);
      if (at) return at;
    } catch {
      // The page is reloading: its old document is gone.
    }
    await new Promise(r => setTimeout(r, 5));
  }
  return null;
}

const times = [];
for (let edit = 1; edit <= EDITS; edit++) {
  const marker = `edit number ${edit} of the reload test`;
  await new Promise(r => setTimeout(r, 400)); // the previous reload and build are over
  const started = Date.now();
  fs.writeFileSync(questions, original.replace(`text: "${text}"`, `text: "${text} (${marker})"`));
  const at = await shownAt(marker);
  if (!at) {
    console.error(`edit ${edit}: the page never showed the change`);
    await browser.close();
    stop(1);
  }
  times.push(at - started);
  console.log(`edit ${edit}: ${at - started} ms`);
}
await browser.close();
const sorted = [...times].sort((a, b) => a - b);
const quantile = q => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
console.log(`reload: edits=${EDITS} median=${median} ms p90=${quantile(0.9)} ms min=${sorted[0]} ms max=${sorted[sorted.length - 1]} ms`);
stop(0);
