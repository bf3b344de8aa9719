// Each Playwright worker gets its own Portico server: the real release binary, a fresh
// data folder, port 0 on 127.0.0.1, stopped when the worker ends.
import { test as base, expect, request, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';

const serverBin = process.env.PORTICO_SERVER_BIN ?? path.resolve(__dirname, '../../target/release/portico-server');
const staticDir = process.env.PORTICO_STATIC_DIR ?? path.resolve(__dirname, '../../dist');

export type Role = 'client' | 'staff';
export type Account = { email: string; name: string; password: string; role: Role };

export class PorticoServer {
  private counter = 0;
  private constructor(
    readonly url: string,
    readonly setupLink: string | undefined,
    private readonly dataDir: string,
    private readonly process: ChildProcess,
  ) {}

  /** `extraArgs` are server flags, e.g. a short `--reset-link-lifetime` for one test. */
  static async start(extraArgs: string[] = []): Promise<PorticoServer> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'portico-e2e-'));
    // Every test of a worker asks from 127.0.0.1, and fills the board through the staff
    // API: the per-IP reset limit and the per-staff allowance are tested apart, by the
    // tests that set them.
    const roomy = [['--reset-limit-per-ip', '1000'], ['--staff-sends-allowance', '100000']]
      .filter(([flag]) => !extraArgs.includes(flag))
      .flat();
    const args = ['--listen', '127.0.0.1:0', '--data-dir', dataDir, '--static-dir', staticDir, ...roomy, ...extraArgs];
    const child = spawn(serverBin, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, RUST_LOG: 'warn' },
    });
    let output = '';
    const { url, setupLink } = await new Promise<{ url: string; setupLink?: string }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const running = output.match(/Portico is running at (http:\/\/\S+)/);
        if (running) {
          clearTimeout(timer);
          resolve({ url: running[1], setupLink: output.match(/(http:\/\/\S+\/setup#token=\S+)/)?.[1] });
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
    return new PorticoServer(url, setupLink, dataDir, child);
  }

  stop() {
    this.process.kill('SIGTERM');
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  /** Creates an account with the server's own CLI, as a script would. */
  createAccount(role: Role, name = role === 'staff' ? 'Sam Staffer' : 'Ada Lovelace'): Account {
    this.counter += 1;
    const email = `${role}${this.counter}.${process.pid}@example.com`;
    const password = `correct horse ${this.counter} battery`;
    execFileSync(
      serverBin,
      ['account', 'create', '--role', role, '--email', email, '--name', name, '--password-stdin', '--data-dir', this.dataDir],
      { input: `${password}\n`, stdio: ['pipe', 'ignore', 'inherit'] },
    );
    return { email, name, password, role };
  }

  /** The outbox as the operator's CLI lists it: one line per message, newest first. */
  outbox(): { id: string; to: string; subject: string }[] {
    const out = execFileSync(serverBin, ['outbox', 'list', '--data-dir', this.dataDir], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((line) => line.trim().match(/^(\d+)\s+\S+\s+\d+ attempt\(s\)\s+\S+ \S+ UTC\s+(\S+)\s+(.*)$/))
      .filter((m): m is RegExpMatchArray => m !== null)
      .map((m) => ({ id: m[1], to: m[2], subject: m[3] }));
  }

  /** Waits until `email` has `count` messages and returns the newest one's reset link. */
  async resetLink(email: string, count = 1): Promise<string> {
    let mine: { id: string }[] = [];
    await expect
      .poll(() => (mine = this.outbox().filter((m) => m.to === email)).length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(count);
    const shown = execFileSync(
      serverBin,
      ['outbox', 'show', mine[0].id, '--data-dir', this.dataDir, '--public-url', this.url],
      { encoding: 'utf8' },
    );
    const link = shown.match(/http:\/\/\S+\/reset-password#token=[\w-]+/)?.[0];
    expect(link, shown).toBeTruthy();
    return link!;
  }

  /** The "This wasn't me" link of the newest password-changed email to `email`. */
  async notMeLink(email: string): Promise<string> {
    let mine: { id: string }[] = [];
    await expect
      .poll(() => (mine = this.outbox().filter((m) => m.to === email && /password was changed/i.test(m.subject))).length)
      .toBeGreaterThan(0);
    const shown = execFileSync(
      serverBin,
      ['outbox', 'show', mine[0].id, '--data-dir', this.dataDir, '--public-url', this.url],
      { encoding: 'utf8' },
    );
    const link = shown.match(/http:\/\/\S+\/not-me#token=[\w.-]+/)?.[0];
    expect(link, shown).toBeTruthy();
    return link!;
  }

  /** A client whose password staff set with "Require change at next sign-in". */
  async clientWithStaffPassword(name = 'Mary Jackson'): Promise<Account> {
    this.counter += 1;
    const email = `given${this.counter}.${process.pid}@example.com`;
    const password = `temporary ${this.counter} words from staff`;
    const api = await this.staffApi();
    const created = await api.post('/api/staff/clients', {
      data: { name, email, password, require_change: true, send_instructions: false },
    });
    expect(created.status()).toBe(201);
    await api.dispose();
    return { email, name, password, role: 'client' };
  }

  /** Saves portal settings through the staff API; `changes` are merged into the current ones. */
  async changeSettings(changes: Record<string, unknown>) {
    const api = await this.staffApi();
    const current = await (await api.get('/api/staff/settings')).json();
    const put = await api.put('/api/staff/settings', { data: { ...current, ...changes } });
    expect(put.status()).toBe(200);
    await api.dispose();
  }

  /** Adds `count` clients named "<prefix> 1"… through the staff API, each with the
   * instructions email, so the board, the outbox and the activity log all fill up. */
  async createClients(prefix: string, count: number) {
    const api = await this.staffApi();
    for (let i = 1; i <= count; i++) {
      const email = `${prefix.toLowerCase().replace(/\W+/g, '.')}.${i}.${process.pid}@example.com`;
      const created = await api.post('/api/staff/clients', {
        data: { name: `${prefix} ${String(i).padStart(2, '0')}`, email, send_instructions: true },
      });
      expect(created.status()).toBe(201);
    }
    await api.dispose();
  }

  /** Names and colours the portal through the staff API, and uploads `logo` if given. */
  async setBranding(branding: { name: string; accent?: string; accent_dark?: string }, logo?: Buffer) {
    const api = await this.staffApi();
    const put = await api.put('/api/staff/branding', {
      data: { accent: null, accent_dark: null, ...branding },
    });
    expect(put.status()).toBe(200);
    if (logo) {
      const uploaded = await api.put('/api/staff/branding/logo', { headers: { 'content-type': 'image/png' }, data: logo });
      expect(uploaded.status()).toBe(200);
    }
    await api.dispose();
  }

  /** Asks for a reset link for `email` as the forgot-password page does. */
  async requestReset(email: string) {
    const api = await request.newContext({ baseURL: this.url });
    const asked = await api.post('/api/password-reset', { data: { email } });
    expect(asked.status()).toBe(202);
    await api.dispose();
  }

  /** The text part of the newest email to `email`, as the operator's CLI shows it. */
  async newestEmailText(email: string): Promise<string> {
    const mine = this.outbox().filter((m) => m.to === email);
    expect(mine.length).toBeGreaterThan(0);
    const shown = execFileSync(serverBin, ['outbox', 'show', mine[0].id, '--data-dir', this.dataDir, '--public-url', this.url], {
      encoding: 'utf8',
    });
    return shown.split('\n--- HTML part ---\n')[0];
  }

  private async staffApi() {
    const staff = this.createAccount('staff');
    const api = await request.newContext({ baseURL: this.url });
    const signIn = await api.post('/api/session', { data: { email: staff.email, password: staff.password } });
    expect(signIn.status()).toBe(200);
    return api;
  }

  /** Replaces the login text through the staff API: the default language's, or `language`'s. */
  async setLoginText(markdown: string, language?: string) {
    const staff = this.createAccount('staff');
    const api = await request.newContext({ baseURL: this.url });
    const signIn = await api.post('/api/session', { data: { email: staff.email, password: staff.password } });
    expect(signIn.status()).toBe(200);
    const put = await api.put('/api/portal/login-text', { data: language ? { markdown, language } : { markdown } });
    expect(put.status()).toBe(204);
    await api.dispose();
  }
}

/** A console error or an unhandled rejection fails the test that caused it. An error
 * answer the test itself provoked (a wrong password's 401, a 422, a 503 it routed in) is
 * the server's answer, which the app shows; the browser's own "Failed to load resource"
 * line for it is allowed. Tests that must see no failed request at all (signed-out pages)
 * check `page` with `consoleProblems`. */
const allowedConsoleError = /^Failed to load resource: the server responded with a status of [45]\d\d/;

export const test = base.extend<{ consoleGuard: void }, { server: PorticoServer }>({
  consoleGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !allowedConsoleError.test(message.text())) {
          problems.push(`console error: ${message.text()} (${message.location().url})`);
        }
      });
      page.on('pageerror', (error) => problems.push(`unhandled: ${error.message}`));
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
  server: [
    async ({}, use) => {
      const server = await PorticoServer.start();
      await use(server);
      server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
});

export { expect };

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A real PNG a browser draws: a disc of `rgb` on a transparent square, as a sample logo. */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows: number[] = [];
  const radius = Math.min(width, height) / 2;
  for (let y = 0; y < height; y++) {
    rows.push(0); // no filter
    for (let x = 0; x < width; x++) {
      const inside = (x + 0.5 - width / 2) ** 2 + (y + 0.5 - height / 2) ** 2 <= radius ** 2;
      rows.push(...rgb, inside ? 255 : 0);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Every console error and failed request of `page` from now on, for pages that must log
 * none at all (a signed-out visitor is a normal state, not an error). */
export function consoleProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  // A request cut short because the test moved on to the next page is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** axe-core against WCAG 2.2 AA; failures list each rule and the elements it found. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** The account menu's button in the top bar (its name is the signed-in person's). */
export function accountMenuButton(page: Page) {
  return page.getByRole('banner').getByRole('button');
}

export async function signIn(page: Page, account: Account) {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
