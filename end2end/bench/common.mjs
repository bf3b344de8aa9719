// What the page benches share: the real release server on 127.0.0.1, port 0, with a fresh
// data folder (stopped by the caller), and a reset link read from its outbox.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
export const serverBin = process.env.PORTICO_SERVER_BIN ?? path.join(root, 'target/release/portico-server');
export const dist = process.env.PORTICO_STATIC_DIR ?? path.join(root, 'dist');
export const chromiumPath = process.env.PORTICO_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumFlags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function startServer() {
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

/** Staff enable every language Portico speaks; answers the tag of the largest client-page
 * catalog (brotli, as a browser gets it), the language whose pages weigh most. */
export async function enableAllLanguages(server) {
  const staff = { email: 'bench-languages@example.com', password: 'a bench staff password' };
  execFileSync(serverBin, ['account', 'create', '--role', 'staff', '--email', staff.email, '--name', 'Bench Languages',
    '--password-stdin', '--data-dir', server.dataDir], { input: `${staff.password}\n` });
  const session = await fetch(`${server.url}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(staff),
  });
  if (session.status !== 200) throw new Error(`staff sign-in: ${session.status}`);
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const current = await (await fetch(`${server.url}/api/staff/settings`, { headers: { cookie } })).json();
  const tags = ['en', 'de', 'fr', 'es', 'ar'];
  const saved = await fetch(`${server.url}/api/staff/settings`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, origin: server.url },
    body: JSON.stringify({ ...current, languages: tags, default_language: 'en' }),
  });
  if (saved.status !== 200) throw new Error(`settings: ${saved.status}`);
  const sizes = [];
  for (const tag of tags) {
    const answer = await fetch(`${server.url}/i18n/${tag}/client.json`, { headers: { 'accept-encoding': 'br' } });
    sizes.push([tag, Number(answer.headers.get('content-length'))]);
    await answer.arrayBuffer();
  }
  sizes.sort((a, b) => b[1] - a[1]);
  return { largest: sizes[0][0], sizes };
}

/** A reset link for a fresh account; opening it never uses it up, so every run can. */
export async function resetLink(server) {
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


/** A client whose password staff set, to be replaced at first sign-in: `signIn(context)`
 * signs in as them in a fresh browser context, which leaves it on the way to
 * `/choose-password` (the ticket cookie set, no session yet). */
export async function firstPasswordClient(server) {
  const staff = { email: 'bench-first-staff@example.com', password: 'a bench staff password' };
  execFileSync(serverBin, ['account', 'create', '--role', 'staff', '--email', staff.email, '--name', 'Bench Staff',
    '--password-stdin', '--data-dir', server.dataDir], { input: `${staff.password}\n` });
  const session = await fetch(`${server.url}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(staff),
  });
  if (session.status !== 200) throw new Error(`staff sign-in: ${session.status}`);
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const client = { email: 'bench-first@example.com', password: 'a password staff chose' };
  const created = await fetch(`${server.url}/api/staff/clients`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ name: 'Bench First', ...client, require_change: true, send_instructions: false }),
  });
  if (created.status !== 201) throw new Error(`client: ${created.status}`);
  return {
    async signIn(context) {
      const answer = await context.request.post(`${server.url}/api/session`, { data: client });
      if (answer.status() !== 403) throw new Error(`first sign-in: ${answer.status()}`);
    },
  };
}
