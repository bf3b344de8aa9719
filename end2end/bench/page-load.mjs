// `cargo xtask bench` part 2: page weight and time to interactive, cold, in Debian's
// headless Chromium, against the real release server on port 0: the login page (its own
// light bundle) and the new-password page a reset email links to (the portal bundle).
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverBin = process.env.PORTICO_SERVER_BIN ?? path.join(root, 'target/release/portico-server');
const dist = process.env.PORTICO_STATIC_DIR ?? path.join(root, 'dist');
const RUNS = 15;
// "150 KB" in the issue: decimal kilobytes, the stricter reading.
const BUDGET_BYTES = 150 * 1000;
const BUDGET_MS = 300;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function startServer() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portico-bench-'));
  const child = spawn(serverBin, ['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--static-dir', dist], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, RUST_LOG: 'warn' },
  });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/Portico is running at (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, dataDir, stop: () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** What a browser downloads for the login page, from dist/'s brotli files. */
function distBrotliBytes() {
  const rows = [];
  for (const name of readdirSync(dist)) {
    if (/\.(html|js|css|wasm)\.br$/.test(name)) rows.push([name.replace(/\.br$/, ''), statSync(path.join(dist, name)).size]);
  }
  return rows.sort((a, b) => b[1] - a[1]);
}

/** A reset link for a fresh account; opening it never uses it up, so every run can. */
async function resetLink(server) {
  const email = 'bench-reset@example.com';
  execFileSync(serverBin, ['account', 'create', '--role', 'client', '--email', email, '--name', 'Bench Reset',
    '--password-stdin', '--data-dir', server.dataDir], { input: 'a bench password to replace\n' });
  const response = await fetch(`${server.url}/api/password-reset`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }),
  });
  if (response.status !== 202) throw new Error(`reset request: ${response.status}`);
  for (let i = 0; i < 100; i++) {
    const list = execFileSync(serverBin, ['outbox', 'list', '--data-dir', server.dataDir], { encoding: 'utf8' });
    const id = list.match(/^\s*(\d+)\s/m)?.[1];
    if (id) {
      const shown = execFileSync(serverBin, ['outbox', 'show', id, '--data-dir', server.dataDir, '--public-url', server.url],
        { encoding: 'utf8' });
      return shown.match(/http:\/\/\S+\/reset-password#token=[\w-]+/)[0];
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no reset email was queued');
}

/** Cold loads of `url` until `button` is rendered: bytes on the wire and time to interactive. */
async function measure(browser, url, button) {
  const interactive = [];
  const transferred = [];
  for (let run = 0; run < RUNS; run++) {
    // A new context each run: empty cache, no cookies (cold).
    const context = await browser.newContext();
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
    await page.getByRole('button', { name: button }).waitFor();
    await page.waitForLoadState('networkidle');
    interactive.push(await page.evaluate(() => window.__interactiveAt));
    transferred.push(bytes);
    await context.close();
  }
  return { interactive: median(interactive), transferred: median(transferred) };
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.PORTICO_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let login;
let reset;
try {
  login = await measure(browser, `${server.url}/login`, 'Sign in');
  reset = await measure(browser, await resetLink(server), 'Set new password');
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
console.log(`| new-password page transfer (portal bundle) | ${kb(reset.transferred)} | |`);
console.log(`| new-password page: navigation start to form interactive (link checked) | ${reset.interactive.toFixed(1)} ms | |`);
console.log(`| dist/ brotli total (every page's assets) | ${kb(staticTotal)} | |`);
for (const [name, size] of files) console.log(`|   ${name} | ${kb(size)} | |`);
const over = [];
if (login.transferred >= BUDGET_BYTES) over.push('login page weight');
if (login.interactive >= BUDGET_MS) over.push('time to interactive');
if (over.length) console.log(`\nOVER BUDGET: ${over.join(', ')}`);
