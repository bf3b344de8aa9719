import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { startServer, resetLink, chromiumPath, chromiumFlags } from './common.mjs';
const server = await startServer();
try {
  const link = await resetLink(server);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  // warm-up
  for (let i = 0; i < 2; i++) { const c = await browser.newContext(); const p = await c.newPage(); await p.goto(link); await p.locator('form button[type=submit]').waitFor(); await c.close(); }
  const context = await browser.newContext();
  const page = await context.newPage();
  await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'netlog'] });
  await page.goto(link);
  await page.locator('form button[type=submit]').waitFor();
  await browser.stopTracing();
  await browser.close();
} finally { server.stop(); }
const trace = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const events = (trace.traceEvents ?? trace).filter(e => e.ph === 'X' && e.dur > 2000);
const t0 = Math.min(...(trace.traceEvents ?? trace).filter(e => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser').map(e => e.ts));
for (const e of events.sort((a, b) => a.ts - b.ts)) {
  console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), (e.dur / 1000).toFixed(1).padStart(6), e.name, e.args?.data?.url?.slice(-40) ?? e.args?.data?.functionName ?? '');
}
