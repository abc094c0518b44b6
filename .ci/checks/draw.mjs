// Drives a built draw-a-card page in Debian's Chromium (playwright-core, as browser.mjs does)
// and checks its choice of category: the address's #category=… picks it, the cards drawn come
// from it only, changing it by keyboard restarts the deck and updates the address, and the
// card does not move when the choice changes; and the card has the printed card's shape and
// Vollkorn, the site's web font.
//
// usage: node draw.mjs URL CATEGORY_A CATEGORY_B
//   URL         the draw page (file:// or http://) of a deck whose categories include A and B
//   CATEGORY_*  two category names, as the writer wrote them
// Prints "draw: ok" and exits 0, or prints the problem and exits 1 (2 when the browser could not run).
import { chromium } from 'playwright-core';

const [url, first, second] = process.argv.slice(2);
if (!url || !first || !second) {
  console.error('usage: node draw.mjs URL CATEGORY_A CATEGORY_B');
  process.exit(2);
}
const fail = message => { console.log(`draw: ${message}`); process.exitCode = 1; };

let browser;
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
    timeout: 60000,
  });
} catch (error) {
  console.error(`draw: the browser could not start: ${error.message}`);
  process.exit(2);
}
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const errors = [];
page.on('pageerror', error => errors.push(error.message));
await page.goto(`${url}#category=${encodeURIComponent(first)}`);

// The categories of the cards, by question text, as the page lists them for readers without scripts.
const categories = await page.$$eval('#deck-list li', items =>
  Object.fromEntries(items.map(item => [item.querySelector('a').textContent, item.dataset.category || ''])));
const inFirst = Object.values(categories).filter(c => c === first).length;

// Draws every card of the chosen category and returns the texts drawn.
async function drawAll(count) {
  const drawn = [];
  for (let i = 0; i < count; i++) {
    await page.click('#draw-button');
    drawn.push(await page.textContent('#drawn-text'));
  }
  return drawn;
}

// The card has the printed card's shape (the deck's --card-ratio, width / height).
const shape = await page.$eval('#drawn-card', card => {
  const [width, height] = getComputedStyle(card).getPropertyValue('--card-ratio').split('/').map(Number);
  const box = card.getBoundingClientRect();
  return { wanted: width / height, found: box.width / box.height };
});
if (!(Math.abs(shape.found - shape.wanted) < 0.01)) fail(`the card is ${shape.found} wide for 1 high, not ${shape.wanted}`);
// The card is set in Vollkorn, served by the site itself.
await page.evaluate(() => document.fonts.ready);
const vollkorn = await page.evaluate(() => [...document.fonts].some(f => f.family === 'Vollkorn' && f.status === 'loaded'));
if (!vollkorn) fail('the card is not set in Vollkorn: its web font did not load');
if (await page.inputValue('#draw-category') !== first) fail(`#category=${first} did not choose it`);
const label = await page.$eval('#draw-category', select => select.labels.length && select.labels[0].textContent);
if (!label) fail('the choice has no label');
const drawn = await drawAll(inFirst);
for (const text of drawn) if (categories[text] !== first) fail(`"${text}" was drawn from ${first}`);
if (new Set(drawn).size !== inFirst) fail(`${inFirst} draws from ${first} repeated a card: ${drawn.join(' | ')}`);

// The other category, chosen with the keyboard as a reader without a mouse would.
const before = await page.$eval('#drawn-card', card => card.getBoundingClientRect().top);
await page.focus('#draw-category');
const options = await page.$$eval('#draw-category option', all => all.map(o => o.value));
const steps = options.indexOf(second) - options.indexOf(first);
for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
if (await page.inputValue('#draw-category') !== second) fail(`the arrow keys did not choose ${second}`);
const hash = await page.evaluate(() => location.hash);
if (hash !== `#category=${encodeURIComponent(second)}`) fail(`the address keeps ${hash}, not ${second}`);
const after = await page.$eval('#drawn-card', card => card.getBoundingClientRect().top);
if (Math.abs(after - before) > 0.5) fail(`the card moved by ${after - before} px when the choice changed`);
const [next] = await drawAll(1);
if (categories[next] !== second) fail(`"${next}" was drawn from ${second}`);

// "All categories" draws from every card.
await page.selectOption('#draw-category', '');
if (await page.evaluate(() => location.hash) !== '') fail('the address keeps a category after "all"');
const everything = await drawAll(Object.keys(categories).length);
if (new Set(everything).size !== Object.keys(categories).length) fail('"all" did not deal the whole deck');

for (const error of errors) fail(`script error: ${error}`);
await browser.close();
if (!process.exitCode) console.log('draw: ok');
