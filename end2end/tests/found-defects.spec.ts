// Defects found by trying the app as a new operator and a new client would. Each test
// failed before its fix.
import { test, expect, expectAccessible, signIn, consoleProblems, type Account } from './fixtures';
import type { Page } from '@playwright/test';

async function signInAsStaff(page: Page, staff: Account) {
  await page.goto('/login');
  await signIn(page, staff);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
}

async function openClient(page: Page, name: string) {
  await page.getByLabel('Search by name or email').fill(name);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('row').filter({ hasText: name }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the pager pages through the clients board, the outbox and the activity log', async ({ page, server }) => {
  const prefix = `Pager ${Date.now()}`;
  await server.createClients(prefix, 55);
  await signInAsStaff(page, server.createAccount('staff'));

  await page.getByLabel('Search by name or email').fill(prefix);
  await page.getByRole('button', { name: 'Search' }).click();
  const pager = page.getByRole('navigation', { name: 'Pages' });
  await expect(pager).toContainText('Page 1 of 2');
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await expect(pager.getByRole('button', { name: 'Next', exact: true })).toBeEnabled();
  await pager.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(pager).toContainText('Page 2 of 2');
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole('row').filter({ hasText: `${prefix} 55` })).toBeVisible();
  await expect(pager.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await expectAccessible(page);
  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(pager).toContainText('Page 1 of 2');
  await expect(page.getByRole('row').filter({ hasText: `${prefix} 01` })).toBeVisible();

  for (const section of ['Outbox', 'Activity']) {
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: section }).click();
    const sectionPager = page.getByRole('navigation', { name: 'Pages' });
    await expect(sectionPager).toContainText(/Page 1 of [2-9]/);
    await sectionPager.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sectionPager).toContainText(/Page 2 of/);
    await expect(page.getByRole('table')).toBeVisible();
  }
});

test('setting a new password takes away the reset link it retired', async ({ page, server }) => {
  const name = `Linda Link ${Date.now()}`;
  await server.createClients(name, 1);
  await signInAsStaff(page, server.createAccount('staff'));
  await openClient(page, `${name} 01`);
  await page.getByRole('button', { name: 'Send password reset' }).click();
  await expect(page.getByLabel('Reset link')).toBeVisible();
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('it is not shown again')).toBeVisible();
  await expect(page.getByLabel('Reset link')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
});

test('a failed second attempt does not leave the earlier generated password on screen', async ({ page, server }) => {
  const name = `Gene Rated ${Date.now()}`;
  await server.createClients(name, 1);
  await signInAsStaff(page, server.createAccount('staff'));
  await openClient(page, `${name} 01`);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.locator('code.secret')).toBeVisible();
  await page.getByLabel('New password').fill('short');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.locator('#staff-password-error')).not.toBeEmpty();
  await expect(page.locator('code.secret')).toHaveCount(0);
  await expect(page.getByText('it is not shown again')).toHaveCount(0);
});

test('a valid link pasted into a tab that showed an invalid one is checked again', async ({ page, server }) => {
  const client = server.createAccount('client');
  await page.goto('/reset-password#token=abc');
  await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  await server.requestReset(client.email);
  const link = await server.resetLink(client.email);
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(page.getByText(client.email)).toBeVisible();
});

test('the account menu is named for its person and Escape closes it however it opened', async ({ page, server }) => {
  const client = server.createAccount('client', 'Ada Lovelace');
  await page.goto('/login');
  await signIn(page, client);
  const button = page.getByRole('button', { name: 'Ada Lovelace', exact: true });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await button.click();
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('settings flag every invalid field at once, with examples that fit', async ({ page, server }) => {
  await signInAsStaff(page, server.createAccount('staff'));
  await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Portal' }).click();
  const lifetime = page.getByLabel('Reset link lifetime (hours)');
  const minimum = page.getByLabel('Minimum password length (characters)');
  await expect(lifetime).not.toHaveValue('');
  await lifetime.fill('soon');
  await minimum.fill('3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(lifetime).toHaveAttribute('aria-invalid', 'true');
  await expect(minimum).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#reset-lifetime-error')).toHaveText('Enter a number of hours, such as 24.');
  await expect(page.locator('#min-password-error')).toHaveText('Choose a minimum from 8 to 64 characters.');
  await expect(page.getByRole('alert').filter({ hasText: '2 settings need attention.' })).toBeVisible();
  await expect(lifetime).toBeFocused();
  await minimum.fill('soon');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#min-password-error')).toHaveText('Enter a number of characters, such as 12.');
  await expectAccessible(page);
});

test('signed-out pages load without a single failed request or console error', async ({ page }) => {
  const problems = consoleProblems(page);
  for (const path of ['/login', '/forgot-password', '/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  await expect(page).toHaveURL(/\/login\?next=/);
  expect(problems).toEqual([]);
});

test('a re-sent link says when it expires as people say it, and the text part has no button', async ({ server }) => {
  const client = server.createAccount('client');
  await server.requestReset(client.email);
  await server.resetLink(client.email, 1);
  // Within the reuse window: the same link again, with a little less than 24 hours left.
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  await server.requestReset(client.email);
  await server.resetLink(client.email, 2);
  const text = await server.newestEmailText(client.email);
  expect(text).toContain('expires in 24 hours');
  expect(text).not.toMatch(/minutes/);
  expect(text).not.toMatch(/button/i);
});

test('after asking for a link the page says to check email and what to do when nothing comes', async ({ page }) => {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('someone@example.com');
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await expect(page).toHaveTitle(/Check your email/);
  await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'someone@example.com' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'spam' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'portico@localhost' })).toContainText('contacts');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Try a different address' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
});

const longLoginText = [
  '## Welcome to the Acme client portal',
  'Everything you need to manage your account, in one place.',
  '## Before you sign in',
  ...Array.from({ length: 8 }, (_, i) => `- Point ${i + 1}: keep your password to yourself, and sign out on shared computers.`),
  '## Opening hours',
  ...Array.from({ length: 6 }, (_, i) => `${i + 1}. Office ${i + 1} is open from 9:00 to 17:00 on weekdays.`),
  '| Team | Email | Phone |',
  '|---|---|---|',
  ...Array.from({ length: 6 }, (_, i) => `| Team ${i + 1} | team${i + 1}@example.com | +1 555 010${i} |`),
  '![Acme logo](/favicon.svg)',
].join('\n\n');

for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`at ${size.width}×${size.height} the sign-in form is in view whatever the login text, and nothing jumps`, async ({ browser, server }) => {
    await server.setLoginText(longLoginText);
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as any).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) if (!entry.hadRecentInput) (window as any).__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${server.url}/login`);
    const email = page.getByLabel('Email');
    await expect(email).toBeVisible();
    await expect(page.getByRole('region', { name: 'About this portal' })).toBeVisible();
    const box = (await email.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(size.height);
    const image = (await page.getByRole('img', { name: 'Acme logo' }).boundingBox())!;
    expect(image.height).toBeLessThanOrEqual(256);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as any).__shifts)).toBeLessThanOrEqual(0.01);
    await expectAccessible(page);
    await context.close();
    await server.setLoginText('');
  });
}
