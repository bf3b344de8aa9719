import { test, expect, expectAccessible, PorticoServer } from './fixtures';

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
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const solutions: string[] = [];
    await page.route('**/api/password-reset', async (route) => {
      const body = route.request().postDataJSON();
      if (body?.human_check) {
        solutions.push(body.human_check);
        await held;
      }
      await route.continue();
    });
    await ask(client.email);
    await expect(page.getByRole('status').filter({ hasText: "Checking that you're not a robot…" })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: "Checking that you're not a robot" })).toBeVisible();
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
