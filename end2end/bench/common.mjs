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

