// `cargo xtask bench` part 3: Lighthouse (mobile defaults: a mid-range phone on a slow 4G
// link, simulated) on the three pages clients reach first, in Debian's Chromium, against
// the real release server. Scores are medians of RUNS, as a single Lighthouse run varies.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer, resetLink, chromiumPath, chromiumFlags } from './common.mjs';

const RUNS = 3;
const BUDGET = { accessibility: 100, 'best-practices': 100, performance: 95, cls: 0.01 };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumFlags],
});
const pages = [
  ['/login', `${server.url}/login`],
  ['/forgot-password', `${server.url}/forgot-password`],
  ['/reset-password (a live link)', await resetLink(server)],
];
const rows = [];
try {
  for (const [name, url] of pages) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      });
      const { categories, audits } = result.lhr;
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && ['accessibility', 'best-practices'].some((c) =>
          categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
        .map((a) => a.id);
      runs.push({
        accessibility: Math.round(categories.accessibility.score * 100),
        'best-practices': Math.round(categories['best-practices'].score * 100),
        performance: Math.round(categories.performance.score * 100),
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        failing,
      });
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    rows.push({
      name,
      accessibility: pick('accessibility'),
      'best-practices': pick('best-practices'),
      performance: pick('performance'),
      cls: pick('cls'),
      lcp: pick('lcp'),
      failing: [...new Set(runs.flatMap((r) => r.failing))],
    });
  }
} finally {
  await chrome.kill();
  server.stop();
}

console.log(`\nLighthouse ${'12.2.3'}, mobile defaults (simulated slow 4G, 4× CPU slowdown), Debian Chromium; median of ${RUNS} runs`);
console.log('| page | accessibility | best practices | performance | CLS | LCP (simulated) |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.accessibility} | ${row['best-practices']} | ${row.performance} | ${row.cls.toFixed(3)} | ${(row.lcp / 1000).toFixed(2)} s |`);
}
console.log(`| budget | ${BUDGET.accessibility} | ${BUDGET['best-practices']} | ≥ ${BUDGET.performance} | ≤ ${BUDGET.cls} | |`);
for (const row of rows.filter((r) => r.failing.length)) {
  console.log(`  ${row.name}: audits not passed: ${row.failing.join(', ')}`);
}
const over = rows.filter((r) => r.accessibility < BUDGET.accessibility || r['best-practices'] < BUDGET['best-practices']
  || r.performance < BUDGET.performance || r.cls > BUDGET.cls).map((r) => r.name);
console.log(over.length ? `\nOVER BUDGET (Lighthouse): ${over.join(', ')}` : '\nAll three pages within the Lighthouse budgets.');
