import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, signIn, PorticoServer } from './fixtures';

// The per-IP reset allowance is the server's, so these tests start their own with an
// allowance of one request an hour.
test.describe('human check', () => {
  let own: PorticoServer;
  test.beforeEach(async () => { own = await PorticoServer.start(['--reset-limit-per-ip', '1']); });
  test.afterEach(() => own.stop());

  test('past its network\'s allowance a reset request is checked in the background, then goes through', async ({ page }) => {
    const client = own.createAccount('client');
    const ask = async (email: string) => {
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
    };
    await page.goto(`${own.url}/forgot-password`);
    await ask('someone.else@example.com');
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await page.getByRole('button', { name: 'Try a different address' }).click();

    // The request that carries the solution is held, so the checking state can be seen.
    const { release, solutions } = await holdSolved(page, '**/api/password-reset');
    await ask(client.email);
    await expectChecking(page);
    await expect(page.getByRole('button', { name: 'Sending…' })).toBeVisible();
    await expectAccessible(page);
    release();

    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    expect(solutions).toHaveLength(1);
    const solution = JSON.parse(Buffer.from(solutions[0], 'base64').toString());
    expect(solution).toMatchObject({ algorithm: 'SHA-256' });
    expect(typeof solution.number).toBe('number');
    await own.resetLink(client.email);
  });

  test('when the solver cannot run, the person is told and can try again', async ({ page }) => {
    await page.goto(`${own.url}/forgot-password`);
    await page.getByLabel('Email').fill('first@example.com');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    await page.getByRole('button', { name: 'Try a different address' }).click();

    // The solver's script missing (a 404, as after a half-finished deploy).
    await page.route('**/portico-pow_loader.js', (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByLabel('Email').fill('second@example.com');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('alert')).toHaveText(/couldn't finish checking that you're not a robot/);
    await expect(page.getByRole('status').filter({ hasText: 'Checking' })).toHaveCount(0);

    await page.unroute('**/portico-pow_loader.js');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  });
});

/** Holds every request to `path` that carries a solved check until `release()`, so the
 * checking state can be seen; `solutions` collects what was sent. */
async function holdSolved(page: Page, path: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const solutions: string[] = [];
  await page.route(path, async (route) => {
    const solution = await route.request().headerValue('human-check');
    if (solution) {
      solutions.push(solution);
      await held;
    }
    await route.continue();
  });
  return { release, solutions };
}

async function expectChecking(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: "Checking that you're not a robot…" })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: "Checking that you're not a robot" })).toBeVisible();
}

test.describe('human check at sign-in', () => {
  test('an account under attack: the person on a new device sees the check run, then reaches the portal', async ({ page, browser, server }) => {
    const client = server.createAccount('client', 'Katherine Johnson');
    // Another browser guesses past the free failures.
    const elsewhere = await browser.newContext({ baseURL: server.url });
    for (let i = 0; i < 5; i++) {
      const guess = await elsewhere.request.post('/api/session', { data: { email: client.email, password: `guess ${i}` } });
      expect(guess.status()).toBe(401);
    }
    const next = await elsewhere.request.post('/api/session', { data: { email: client.email, password: 'one more' } });
    expect(next.status()).toBe(428);
    expect((await next.json()).code).toBe('human_check_required');
    await elsewhere.close();

    // The person, on a small phone that has never signed in here.
    await page.setViewportSize({ width: 320, height: 640 });
    const { release, solutions } = await holdSolved(page, '**/api/session');
    await page.goto('/login');
    await signIn(page, client);
    await expectChecking(page);
    await expect(page.getByRole('button', { name: 'Signing in…' })).toBeVisible();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    release();
    await expect(page.getByRole('heading', { name: 'Welcome, Katherine' })).toBeVisible();
    expect(solutions).toHaveLength(1);
    expect(JSON.parse(Buffer.from(solutions[0], 'base64').toString()).salt).toContain('action=sign_in');
  });
});

test.describe('human check in the console', () => {
  let own: PorticoServer;
  test.beforeEach(async () => { own = await PorticoServer.start(['--staff-sends-allowance', '2']); });
  test.afterEach(() => own.stop());

  test('staff sending many resets see the check in the console and carry on', async ({ page }) => {
    const staff = own.createAccount('staff');
    const names = ['Annie Easley', 'Christine Darden', 'Mary Winston'];
    const clients = names.map((name) => own.createAccount('client', name));
    await page.goto(`${own.url}/login`);
    await signIn(page, staff);
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    const send = async (name: string) => {
      await page.getByRole('button', { name: `Actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Send reset email' }).click();
    };
    for (const [i, name] of names.slice(0, 2).entries()) {
      await send(name);
      await expect(page.getByRole('status').filter({ hasText: `Reset password email sent to ${clients[i].email}.` })).toBeVisible();
      // The message comes before the board reloads; a menu opened before the reload lands
      // is replaced with its row, so wait for the row to show the new link.
      await expect(page.getByRole('row').filter({ hasText: name }).getByText('Link pending')).toBeVisible();
    }

    // The third within ten minutes is past the allowance of two.
    const { release, solutions } = await holdSolved(page, '**/api/staff/clients/*/reset');
    await send(names[2]);
    await expectChecking(page);
    await expectAccessible(page);
    release();
    await expect(page.getByRole('status').filter({ hasText: `Reset password email sent to ${clients[2].email}.` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Checking' })).toHaveCount(0);
    expect(solutions).toHaveLength(1);
    await own.resetLink(clients[2].email);

    // Adding a client is a send too: checked the same way, then the new client's page.
    const checkedCreates: string[] = [];
    page.on('request', async (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/staff/clients') && (await r.headerValue('human-check'))) {
        checkedCreates.push(r.url());
      }
    });
    await page.getByRole('link', { name: 'Add client' }).click();
    await page.getByLabel('Name').fill('Dorothy Hoover');
    await page.getByLabel('Email', { exact: true }).fill(`dorothy.${process.pid}@example.com`);
    await page.getByRole('button', { name: 'Add client' }).click();
    await expect(page.getByRole('heading', { name: 'Dorothy Hoover' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Account successfully created and reset password email sent.' })).toBeVisible();
    expect(checkedCreates).toHaveLength(1);

    // The activity log says so, in words.
    await page.getByRole('link', { name: 'Activity', exact: true }).click();
    await expect(page.getByText(/passed a human check/).first()).toBeVisible();
  });

  test('staff choose when the check is asked in Portal → Settings', async ({ page }) => {
    const staff = own.createAccount('staff');
    await page.goto(`${own.url}/login`);
    await signIn(page, staff);
    await page.getByRole('link', { name: 'Portal', exact: true }).click();
    const group = page.getByRole('group', { name: 'Human check' });
    await expect(group.getByRole('radio', { name: 'Automatic' })).toBeChecked();
    await group.getByRole('radio', { name: 'Always' }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('group', { name: 'Human check' }).getByRole('radio', { name: 'Always' })).toBeChecked();

    // Now even the first reset request is checked, in the background.
    const visitor = await page.context().browser()!.newContext();
    const forgot = await visitor.newPage();
    const asked: number[] = [];
    forgot.on('response', (r) => { if (r.url().endsWith('/api/password-reset')) asked.push(r.status()); });
    await forgot.goto(`${own.url}/forgot-password`);
    await forgot.getByLabel('Email').fill('anyone@example.com');
    await forgot.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(forgot.getByRole('heading', { name: 'Check your email' })).toBeVisible();
    expect(asked).toEqual([428, 202]);
    await visitor.close();
  });
});
