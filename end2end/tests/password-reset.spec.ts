import { test, expect, expectAccessible, signIn, accountMenuButton, PorticoServer } from './fixtures';

const CONFIRMATION =
  'If an account exists for that address, we have emailed a link to reset your password. It expires in 24 hours.';

async function requestLink(page: import('@playwright/test').Page, email: string) {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
}

test.describe('password reset', () => {
  test('from the login page to the portal with a new password', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Email').fill(client.email);
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('status')).toContainText(CONFIRMATION);
    await expectAccessible(page);

    const link = await server.resetLink(client.email);
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    // The token leaves the address bar at once; the username is there for password managers.
    await expect(page).toHaveURL(/\/reset-password$/);
    await expect(page.locator('input[autocomplete="username"]')).toHaveValue(client.email);
    await expect(page.getByLabel('New password', { exact: true })).toHaveAttribute('autocomplete', 'new-password');
    await expectAccessible(page);

    // Live feedback from the shared policy, then the server's own verdict.
    const newPassword = page.getByLabel('New password', { exact: true });
    const rules = page.getByRole('list', { name: 'Password requirements' });
    await newPassword.fill('short');
    await expect(rules.getByRole('listitem').filter({ hasText: 'At least 8 characters' })).toContainText('(not yet)');
    await newPassword.fill('password1');
    await expect(rules.getByRole('listitem').filter({ hasText: 'At least 8 characters' })).toContainText('(done)');
    await expect(rules.getByRole('listitem').filter({ hasText: 'most common' })).toContainText('(not yet)');
    await page.getByLabel('Confirm new password').fill('password1');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.locator('#new-password-error')).toHaveText(
      'This is one of the most common passwords. Choose one that is harder to guess.',
    );
    await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await newPassword.fill(client.password);
    await page.getByLabel('Confirm new password').fill(client.password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.locator('#new-password-error')).toHaveText('Choose a password different from your current one.');

    const chosen = 'a lantern over quiet water';
    await newPassword.fill(chosen);
    await page.getByLabel('Confirm new password').fill('a lantern over quiet waters');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.locator('#confirm-password-error')).toHaveText("The passwords don't match.");
    await page.getByLabel('Confirm new password').fill(chosen);
    await page.getByRole('button', { name: 'Set new password' }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenuButton(page)).toBeVisible();

    // The old password is gone, the new one works, and the change was announced by email.
    await accountMenuButton(page).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await signIn(page, client);
    await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
    await signIn(page, { ...client, password: chosen });
    await expect(page).toHaveURL(/\/$/);
    await expect.poll(() => server.outbox().map((m) => m.subject)).toContain('Your Client Portal password was changed');
  });

  test('an unknown address gets the same answer and no email', async ({ page, server }) => {
    await requestLink(page, 'nobody-at-all@example.com');
    await expect(page.getByRole('status')).toContainText(CONFIRMATION);
    await page.waitForTimeout(300);
    expect(server.outbox().filter((m) => m.to === 'nobody-at-all@example.com')).toEqual([]);
  });

  test('a malformed address is named beside the field', async ({ page }) => {
    await requestLink(page, 'not an address');
    await expect(page.locator('#email-error')).toHaveText('Enter an email address like name@example.com.');
    await expect(page.getByLabel('Email')).toBeFocused();
    await expectAccessible(page);
  });

  test('a used link says so and offers a way forward', async ({ page, server }) => {
    const client = server.createAccount('client');
    await requestLink(page, client.email);
    const link = await server.resetLink(client.email);
    await page.goto(link);
    await page.getByLabel('New password', { exact: true }).fill('seven green hills at dawn');
    await page.getByLabel('Confirm new password').fill('seven green hills at dawn');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    await expect(page.getByRole('link', { name: 'Get a new link' })).toBeVisible();
    await expectAccessible(page);
  });

  test('a broken link is not valid', async ({ page }) => {
    await page.goto('/reset-password#token=this-is-not-a-real-token');
    await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Get a new link' }).click();
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  });

  test('an expired link offers a new one for the same address', async ({ page }) => {
    const server = await PorticoServer.start(['--reset-link-lifetime', '2s', '--reset-reuse-window', '1s']);
    try {
      const client = server.createAccount('client');
      await page.goto(`${server.url}/forgot-password`);
      await page.getByLabel('Email').fill(client.email);
      await page.getByRole('button', { name: 'Email me a reset link' }).click();
      const link = await server.resetLink(client.email);
      await page.waitForTimeout(2_100);
      await page.goto(link);
      await expect(page.getByRole('heading', { name: 'This link has expired' })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Email me a new link' }).click();
      await expect(page.getByRole('status')).toContainText('If an account exists for that address');
      // The heading follows the state: the link is no longer the news.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
      await expect(page).toHaveTitle(/Check your email/);
      await expect(page.getByText('portico@localhost')).toBeVisible();
      await expectAccessible(page);
      const fresh = await server.resetLink(client.email, 2);
      expect(fresh).not.toEqual(link);
    } finally {
      server.stop();
    }
  });

  test('over the limit the answer does not change and nothing more is sent', async ({ page }) => {
    const server = await PorticoServer.start(['--reset-limit-per-address', '2']);
    try {
      const client = server.createAccount('client');
      for (let i = 0; i < 3; i++) {
        await page.goto(`${server.url}/forgot-password`);
        await page.getByLabel('Email').fill(client.email);
        await page.getByRole('button', { name: 'Email me a reset link' }).click();
        await expect(page.getByRole('status')).toContainText(CONFIRMATION);
      }
      await server.resetLink(client.email, 2);
      await page.waitForTimeout(500);
      expect(server.outbox().filter((m) => m.to === client.email)).toHaveLength(2);
    } finally {
      server.stop();
    }
  });
});
