// `cargo xtask bench` part: how long the human check takes a browser at each level. The
// sign-in page's own solver worker (`/portico-pow_loader.js`, Rust/wasm) is started in
// headless Chromium, under the page's strict CSP, and given ALTCHA challenges made here
// with a random secret number, as the server makes them; the median and p95 of the time
// from posting the challenge to the answer are printed per level. The server's own cost
// (issue and verify) is measured natively by the `human-check-bench` example.
import { chromium } from 'playwright-core';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { startServer, chromiumPath, chromiumFlags } from './common.mjs';

// Kept in step with `Level::max_number` in crates/server/src/human_check/mod.rs.
const LEVELS = [['light', 50_000, 15], ['firm', 500_000, 15], ['heavy', 5_000_000, 7]];

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function challenge(maxnumber) {
  const salt = `${randomBytes(16).toString('hex')}?expires=${Math.floor(Date.now() / 1000) + 300}&action=bench&`;
  const number = randomInt(0, maxnumber + 1);
  return { salt, maxnumber, challenge: createHash('sha256').update(`${salt}${number}`).digest('hex'), number };
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  console.log('\nHuman check: solving in headless Chromium (the sign-in page\'s Web Worker, Rust/wasm)');
  console.log('level   maxnumber   runs   median ms   p95 ms   hashes/s (median)');
  for (const [name, maxnumber, runs] of LEVELS) {
    const times = [];
    const rates = [];
    for (let i = 0; i < runs; i++) {
      const c = challenge(maxnumber);
      const answer = await page.evaluate(({ salt, challenge, maxnumber }) => new Promise((resolve, reject) => {
        const worker = new Worker('/portico-pow_loader.js');
        let started = 0;
        worker.onmessage = (event) => {
          const data = event.data;
          if (data.ready) {
            started = performance.now();
            worker.postMessage({ salt, challenge, maxnumber });
          } else if (data.number !== undefined) {
            worker.terminate();
            resolve({ number: data.number, ms: performance.now() - started });
          } else if (data.failed) {
            worker.terminate();
            reject(new Error('the worker found nothing'));
          }
        };
        worker.onerror = (e) => reject(new Error(`worker error: ${e.message}`));
      }), c);
      if (answer.number !== c.number) throw new Error(`wrong number: ${answer.number} for ${c.number}`);
      times.push(answer.ms);
      rates.push((c.number + 1) / (answer.ms / 1000));
    }
    const med = percentile(times, 0.5);
    console.log(`${name.padEnd(7)} ${String(maxnumber).padStart(9)}   ${String(runs).padStart(4)}   ${med.toFixed(0).padStart(9)}   ${percentile(times, 0.95).toFixed(0).padStart(6)}   ${Math.round(percentile(rates, 0.5)).toLocaleString('en')}`);
  }
} finally {
  await browser.close();
  server.stop();
}
