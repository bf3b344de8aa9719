// `cargo xtask bench` part 2: page weight and time to interactive, cold, in Debian's
// headless Chromium, against the real release server on port 0: the login page (its own
// light bundle), the new-password page a reset email links to and the first-password page
// (a light bundle each); then
// the portal builder's live preview: keystroke to preview updated, with 4 KB of text.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { startServer, resetLink, firstPasswordClient, enableAllLanguages, serverBin, dist, chromiumPath, chromiumFlags } from './common.mjs';
import path from 'node:path';

const RUNS = 15;
// "150 KB" in the issue: decimal kilobytes, the stricter reading.
const BUDGET_BYTES = 150 * 1000;
// The pages a client opens from an email: at most 100 KB brotli.
const RESET_BUDGET_BYTES = 100 * 1000;
const BUDGET_MS = 300;
const KEYSTROKE_BUDGET_MS = 16;
const KEYSTROKES = 120;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** What a browser downloads for the login page, from dist/'s brotli files. */
function distBrotliBytes() {
  const rows = [];
  for (const name of readdirSync(dist)) {
    if (/\.(html|js|css|wasm)\.br$/.test(name)) rows.push([name.replace(/\.br$/, ''), statSync(path.join(dist, name)).size]);
  }
  return rows.sort((a, b) => b[1] - a[1]);
}

/** Cold loads of `url` until `button` is rendered: bytes on the wire and time to interactive.
 * `prepare` readies each fresh context first (such as signing in for a ticket cookie);
 * `locale` is the browser's language (its `Accept-Language`, and so the page's). */
async function measure(browser, url, button, prepare = async () => {}, locale = 'en-US') {
  const interactive = [];
  const transferred = [];
  let previewFetched = false;
  for (let run = 0; run < RUNS; run++) {
    // A new context each run: empty cache, no cookies (cold).
    const context = await browser.newContext({ locale });
    await prepare(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const urls = new Map();
    let bytes = 0;
    cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) => {
      const url = urls.get(e.requestId) ?? '';
      // The page itself: HTML, JS, wasm and CSS; not API answers, the icon or data files.
      if (!url.includes('/api/') && !url.endsWith('.svg') && !url.endsWith('.txt')) bytes += e.encodedDataLength;
      if (url.includes('portico-preview')) previewFetched = true;
    });
    // Marks the moment the app has rendered the form with its handlers attached.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('form button[type=submit]')) {
          window.__interactiveAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__interactiveAt !== undefined);
    if (button) await page.getByRole('button', { name: button }).waitFor();
    await page.waitForLoadState('networkidle');
    interactive.push(await page.evaluate(() => window.__interactiveAt));
    transferred.push(bytes);
    await context.close();
  }
  return { interactive: median(interactive), transferred: median(transferred), previewFetched };
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.round((sorted.length - 1) * p)];
}

/** About 4 KB of login text using every kind of Markdown the renderer handles. */
function loginText4k() {
  const block = (i) => [
    `## Section ${i}`,
    '',
    `Welcome to the **client portal**. Sign in with the *email address* on file. Questions? Write to [support](mailto:help@example.com) or call [us](tel:+15550100).`,
    '',
    `- Forgot your password? Request a reset **[here](https://forms.example.com/f/${i}!external)**.`,
    '- Office hours: ~~Saturday~~ Monday to Friday.',
    '',
    '| Day | Hours |',
    '|---|---|',
    '| Mon–Fri | 9:00–17:00 |',
    '',
  ].join('\n');
  let text = '';
  for (let i = 1; text.length < 4096; i++) text += block(i) + '\n';
  return text.slice(0, 4096);
}

/** Keystrokes in the portal builder: the time from each input event to the preview changing. */
async function builderKeystrokes(browser, server) {
  const email = 'bench-staff@example.com';
  const password = 'a bench staff password';
  execFileSync(serverBin, ['account', 'create', '--role', 'staff', '--email', email, '--name', 'Bench Staff',
    '--password-stdin', '--data-dir', server.dataDir], { input: `${password}\n` });
  const context = await browser.newContext();
  const page = await context.newPage();
  const previewFiles = [];
  page.on('request', (r) => { if (r.url().includes('portico-preview')) previewFiles.push(r.url()); });
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Clients' }).waitFor();
  const beforeBuilder = previewFiles.length;
  await page.getByRole('link', { name: 'Portal' }).click();
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('heading', { name: 'Welcome' }).waitFor();
  const editor = page.getByLabel('Login text (Markdown)');
  const text = loginText4k();
  await editor.fill(text);
  await preview.getByRole('heading', { name: 'Section 1', exact: true }).waitFor();
  await page.evaluate(() => {
    const region = document.querySelector('[data-testid=login-text-preview]');
    window.__latencies = [];
    window.__renders = [];
    window.__inputAt = undefined;
    document.addEventListener('input', () => { window.__inputAt = performance.now(); }, true);
    new MutationObserver(() => {
      if (window.__inputAt !== undefined) {
        window.__latencies.push(performance.now() - window.__inputAt);
        window.__renders.push(Number(region.dataset.renderMs));
        window.__inputAt = undefined;
      }
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  await editor.press('End');
  // A person types about 5 characters a second; 60 ms apart is brisk typing.
  await page.keyboard.type('x'.repeat(KEYSTROKES), { delay: 60 });
  await page.waitForTimeout(300);
  const latencies = await page.evaluate(() => window.__latencies);
  const renders = await page.evaluate(() => window.__renders);
  await context.close();
  return {
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    renderP50: percentile(renders, 0.5),
    renderP95: percentile(renders, 0.95),
    samples: latencies.length,
    chars: text.length,
    previewBeforeBuilder: beforeBuilder,
    previewOnBuilder: previewFiles.length - beforeBuilder,
  };
}

/** Whether a wasm file in dist/ carries the HTML sanitiser or parser (their names survive in it). */
function carriesHtmlParsers(prefix) {
  const name = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith('_bg.wasm'));
  const bytes = readFileSync(path.join(dist, name)).toString('latin1');
  return ['html5ever', 'ammonia'].filter((marker) => bytes.includes(marker));
}

function brotliSize(prefix, suffix) {
  const name = readdirSync(dist).find((f) => f.startsWith(prefix) && f.endsWith(`${suffix}.br`));
  return statSync(path.join(dist, name)).size;
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
let login;
let reset;
let choose;
let builder;
let languages;
let loginLargest;
let resetLargest;
try {
  login = await measure(browser, `${server.url}/login`, 'Sign in');
  const link = await resetLink(server);
  reset = await measure(browser, link, 'Set new password');
  const first = await firstPasswordClient(server);
  choose = await measure(browser, `${server.url}/choose-password`, 'Set password and continue', first.signIn);
  builder = await builderKeystrokes(browser, server);
  // Every page carries only its own language's catalog: the heaviest language is the one
  // with the largest client catalog.
  languages = await enableAllLanguages(server);
  loginLargest = await measure(browser, `${server.url}/login`, null, undefined, languages.largest);
  resetLargest = await measure(browser, link, null, undefined, languages.largest);
} finally {
  await browser.close();
  server.stop();
}

const files = distBrotliBytes();
const staticTotal = files.reduce((sum, [, size]) => sum + size, 0);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
console.log(`\nPages, cold, headless Chromium (${RUNS} runs, medians; KB = 1000 bytes)`);
console.log('| measure | result | budget |');
console.log('|---|---|---|');
console.log(`| login page transfer, HTML+JS+wasm+CSS (brotli, on the wire) | ${kb(login.transferred)} | < ${kb(BUDGET_BYTES)} |`);
console.log(`| login page: navigation start to sign-in form interactive | ${login.interactive.toFixed(1)} ms | < ${BUDGET_MS} ms |`);
console.log(`| new-password page transfer (reset bundle), HTML+JS+wasm+CSS | ${kb(reset.transferred)} | < ${kb(RESET_BUDGET_BYTES)} |`);
console.log(`| new-password page: navigation start to form interactive (link checked) | ${reset.interactive.toFixed(1)} ms | < ${BUDGET_MS} ms |`);
console.log(`| first-password page transfer (choose bundle), HTML+JS+wasm+CSS | ${kb(choose.transferred)} | < ${kb(RESET_BUDGET_BYTES)} |`);
console.log(`| first-password page: navigation start to form interactive (ticket checked) | ${choose.interactive.toFixed(1)} ms | < ${BUDGET_MS} ms |`);
console.log(`| login page transfer in ${languages.largest}, the largest client catalog | ${kb(loginLargest.transferred)} | < ${kb(BUDGET_BYTES)} |`);
console.log(`| new-password page transfer in ${languages.largest} | ${kb(resetLargest.transferred)} | < ${kb(RESET_BUDGET_BYTES)} |`);
console.log(`| client catalogs (brotli): ${languages.sizes.map(([tag, size]) => `${tag} ${kb(size)}`).join(', ')} | | |`);
console.log(`| dist/ brotli total (every page's assets) | ${kb(staticTotal)} | |`);
for (const [name, size] of files) console.log(`|   ${name} | ${kb(size)} | |`);
const loginParsers = carriesHtmlParsers('portico-login-');
const staffParsers = carriesHtmlParsers('portico-staff-');
const previewParsers = carriesHtmlParsers('portico-preview');
const previewBytes = brotliSize('portico-preview_bg', '.wasm') + brotliSize('portico-preview.', '.js');
console.log(`\nPortal builder live preview (${builder.samples} of ${KEYSTROKES} keystrokes 60 ms apart, ${(builder.chars / 1000).toFixed(1)} KB of login text)`);
console.log('| measure | result | budget |');
console.log('|---|---|---|');
console.log(`| keystroke: input event to preview updated, p50 | ${builder.p50.toFixed(1)} ms | |`);
console.log(`| keystroke: input event to preview updated, p95 | ${builder.p95.toFixed(1)} ms | < ${KEYSTROKE_BUDGET_MS} ms |`);
console.log(`| of which rendering (crates/login-text in its own wasm module), p50 / p95 | ${builder.renderP50.toFixed(1)} / ${builder.renderP95.toFixed(1)} ms | |`);
console.log(`| preview module (JS + wasm, brotli), fetched only by the builder | ${kb(previewBytes)} | |`);
console.log(`| login page bundle wasm (brotli) | ${kb(brotliSize('portico-login-', '_bg.wasm'))} | |`);
console.log(`| html5ever/ammonia in the login wasm / staff wasm / preview wasm | ${loginParsers.join('+') || 'none'} / ${staffParsers.join('+') || 'none'} / ${previewParsers.join('+') || 'none'} | none / none / both |`);
console.log(`| preview module files fetched: login page loads / console before the builder / builder | ${login.previewFetched ? 'yes' : 'no'} / ${builder.previewBeforeBuilder} / ${builder.previewOnBuilder} | no / 0 / 2 |`);
const over = [];
if (builder.p95 >= KEYSTROKE_BUDGET_MS) over.push('preview keystroke p95');
if (loginParsers.length || staffParsers.length || login.previewFetched || builder.previewBeforeBuilder) over.push('HTML parser outside the builder');
if (login.transferred >= BUDGET_BYTES) over.push('login page weight');
if (loginLargest.transferred >= BUDGET_BYTES) over.push(`login page weight in ${languages.largest}`);
if (resetLargest.transferred >= RESET_BUDGET_BYTES) over.push(`new-password page weight in ${languages.largest}`);
if (reset.transferred >= RESET_BUDGET_BYTES) over.push('new-password page weight');
if (reset.interactive >= BUDGET_MS) over.push('new-password page time to interactive');
if (choose.transferred >= RESET_BUDGET_BYTES) over.push('first-password page weight');
if (choose.interactive >= BUDGET_MS) over.push('first-password page time to interactive');
if (login.interactive >= BUDGET_MS) over.push('time to interactive');
if (over.length) console.log(`\nOVER BUDGET: ${over.join(', ')}`);
