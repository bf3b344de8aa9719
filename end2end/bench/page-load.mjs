// `cargo xtask bench` part 2: the login page's weight and time to interactive, cold, in
// Debian's headless Chromium, against the real release server on port 0.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverBin = process.env.PORTICO_SERVER_BIN ?? path.join(root, 'target/release/portico-server');
const dist = process.env.PORTICO_STATIC_DIR ?? path.join(root, 'dist');
const RUNS = 15;
const BUDGET_BYTES = 150 * 1024;
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
  return { url, stop: () => { child.kill('SIGTERM'); rmSync(dataDir, { recursive: true, force: true }); } };
}

/** What a browser downloads for the login page, from dist/'s brotli files. */
function distBrotliBytes() {
  const rows = [];
  for (const name of readdirSync(dist)) {
    if (/\.(html|js|css|wasm)\.br$/.test(name)) rows.push([name.replace(/\.br$/, ''), statSync(path.join(dist, name)).size]);
  }
  return rows.sort((a, b) => b[1] - a[1]);
}

const server = await startServer();
const browser = await chromium.launch({
  executablePath: process.env.PORTICO_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const interactive = [];
const transferred = [];
try {
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
      // The budget counts the page itself: HTML, JS, wasm and CSS, not API answers or the icon.
      if (!url.includes('/api/') && !url.endsWith('.svg')) bytes += e.encodedDataLength;
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
    await page.goto(`${server.url}/login`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__interactiveAt !== undefined);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    interactive.push(await page.evaluate(() => window.__interactiveAt));
    transferred.push(bytes);
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}

const files = distBrotliBytes();
const staticTotal = files.reduce((sum, [, size]) => sum + size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`\nLogin page, cold, headless Chromium (${RUNS} runs, medians)`);
console.log('| measure | result | budget |');
console.log('|---|---|---|');
console.log(`| transfer size, HTML+JS+wasm+CSS (brotli, on the wire) | ${kb(median(transferred))} | < ${kb(BUDGET_BYTES)} |`);
console.log(`| navigation start to sign-in form interactive | ${median(interactive).toFixed(1)} ms | < ${BUDGET_MS} ms |`);
console.log(`| dist/ brotli total (every page's assets) | ${kb(staticTotal)} | |`);
for (const [name, size] of files) console.log(`|   ${name} | ${kb(size)} | |`);
const over = [];
if (median(transferred) >= BUDGET_BYTES) over.push('login page weight');
if (median(interactive) >= BUDGET_MS) over.push('time to interactive');
if (over.length) console.log(`\nOVER BUDGET: ${over.join(', ')}`);
