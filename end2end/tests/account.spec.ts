import { test, expect, expectAccessible, signIn, accountMenuButton, PorticoServer } from './fixtures';
import type { Browser, Page } from '@playwright/test';

async function signedIn(browser: Browser, url: string, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${url}/login`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountMenuButton(page)).toBeVisible();
  return page;
}

async function openMenuItem(page: Page, item: string) {
  await accountMenuButton(page).click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe('first sign-in with a password staff set', () => {
  test('the client chooses their own and goes on to where they were going', async ({ page, server }) => {
    const client = await server.clientWithStaffPassword('Mary Jackson');
    await page.goto('/account/devices');
    await expect(page).toHaveURL(/\/login\?next=/);
    await signIn(page, client);
    await expect(page).toHaveURL(/\/choose-password\?next=%2Faccount%2Fdevices$/);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await expect(page.getByText('Welcome, Mary.')).toBeVisible();
    await expectAccessible(page);

    // The temporary password cannot become the new one.
    await page.getByLabel('New password', { exact: true }).fill(client.password);
    await page.getByLabel('Confirm new password').fill(client.password);
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(page.locator('#new-password-error')).toHaveText('Choose a password different from your current one.');
    await expectAccessible(page);

    await page.getByLabel('New password', { exact: true }).fill('mary computes her own path');
    await page.getByLabel('Confirm new password').fill('mary computes her own path');
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(page.getByRole('heading', { name: 'Signed-in devices' })).toBeVisible();

    // Only that first time: the next sign-in goes straight in.
    const again = await signedIn(page.context().browser()!, server.url, { email: client.email, password: 'mary computes her own path' });
    await expect(again.getByRole('heading', { name: 'Welcome, Mary' })).toBeVisible();
  });

  test('the window closes, the page says so, and signing in again opens a new one', async ({ page }) => {
    // Long enough for the second attempt on a loaded machine, short enough to wait out.
    const own = await PorticoServer.start(['--first-sign-in-window', '4s']);
    try {
      const client = await own.clientWithStaffPassword('Annie Easley');
      await page.goto(`${own.url}/login`);
      await signIn(page, client);
      await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
      await page.waitForTimeout(4200);
      await page.getByLabel('New password', { exact: true }).fill('annie writes the code');
      await page.getByLabel('Confirm new password').fill('annie writes the code');
      await page.getByRole('button', { name: 'Set password and continue' }).click();
      await expect(page.getByRole('heading', { name: 'This step has timed out' })).toBeFocused();
      await expectAccessible(page);

      await page.getByRole('link', { name: 'Sign in again' }).click();
      await signIn(page, client);
      await page.getByLabel('New password', { exact: true }).fill('annie writes the code');
      await page.getByLabel('Confirm new password').fill('annie writes the code');
      await page.getByRole('button', { name: 'Set password and continue' }).click();
      await expect(page.getByRole('heading', { name: 'Welcome, Annie' })).toBeVisible();
    } finally {
      own.stop();
    }
  });
});

test.describe('the account menu', () => {
  test('change password signs out the other device and emails a notification', async ({ browser, server }) => {
    const client = server.createAccount('client', 'Christine Darden');
    const laptop = await signedIn(browser, server.url, client);
    const phone = await signedIn(browser, server.url, client);

    await openMenuItem(laptop, 'Change password');
    await expect(laptop.getByRole('heading', { name: 'Change password' })).toBeVisible();
    await expect(laptop.getByLabel('Sign out of other devices')).toBeChecked();
    await expectAccessible(laptop);

    await laptop.getByLabel('Current password', { exact: true }).fill('not my password');
    await laptop.getByLabel('New password', { exact: true }).fill('christine flies supersonic');
    await laptop.getByLabel('Confirm new password').fill('christine flies supersonic');
    await laptop.getByRole('button', { name: 'Change password' }).click();
    await expect(laptop.locator('#current-password-error')).toHaveText('That is not your current password.');
    await expectAccessible(laptop);

    await laptop.getByLabel('Current password', { exact: true }).fill(client.password);
    await laptop.getByLabel('New password', { exact: true }).fill('christine flies supersonic');
    await laptop.getByLabel('Confirm new password').fill('christine flies supersonic');
    await laptop.getByRole('button', { name: 'Change password' }).click();
    await expect(laptop.getByRole('status').filter({ hasText: 'Your password has been changed, and 1 other device was signed out.' })).toBeVisible();
    await expectAccessible(laptop);
    await expect.poll(() => server.outbox().filter((m) => m.to === client.email).map((m) => m.subject)).toContainEqual(expect.stringMatching(/password was changed/i));

    await phone.reload();
    await expect(phone).toHaveURL(/\/login/);
    await laptop.reload();
    await expect(laptop.getByRole('heading', { name: 'Change password' })).toBeVisible();
  });

  test('signed-in devices lists each session and signs out another', async ({ browser, server }) => {
    const client = server.createAccount('client', 'Evelyn Boyd');
    const laptop = await signedIn(browser, server.url, client);
    const phone = await signedIn(browser, server.url, client);
    await openMenuItem(laptop, 'Signed-in devices');
    await expect(laptop.getByRole('heading', { name: 'Signed-in devices' })).toBeVisible();
    await expect(laptop.getByRole('listitem')).toHaveCount(2);
    await expect(laptop.getByText('This device')).toHaveCount(1);
    await expectAccessible(laptop);

    await laptop.getByRole('button', { name: /^Sign out .+ at 127\.0\.0\.1$/ }).click();
    await expect(laptop.getByRole('status')).toContainText('Signed out');
    await expect(laptop.getByRole('listitem')).toHaveCount(1);
    await expect(laptop.getByRole('heading', { name: 'Signed-in devices' })).toBeFocused();
    await phone.reload();
    await expect(phone).toHaveURL(/\/login/);
  });

  test('with Account password off, the menu offers no change and the page explains', async ({ browser }) => {
    const own = await PorticoServer.start();
    try {
      await own.changeSettings({ account_password: false });
      const client = own.createAccount('client', 'Katherine Coleman');
      const page = await signedIn(browser, own.url, client);
      await page.getByRole('button', { name: 'Katherine Coleman' }).click();
      await expect(page.getByRole('menuitem', { name: 'Signed-in devices' })).toBeVisible();
      await expect(page.getByRole('menuitem', { name: 'Change password' })).toHaveCount(0);
      await page.goto(`${own.url}/account/password`);
      await expect(page.getByText('This portal does not let clients change their password here.')).toBeVisible();
      await expect(page.getByLabel('Current password')).toHaveCount(0);
      await expectAccessible(page);
    } finally {
      own.stop();
    }
  });

  test('the well-known change-password address leads to the change-password page', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/login');
    await signIn(page, client);
    await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
    await page.goto('/.well-known/change-password');
    await expect(page).toHaveURL(/\/account\/password$/);
    await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  });
});

test.describe('this was not me', () => {
  test('the link in the notification signs out everywhere and sends a fresh reset link', async ({ browser, server }) => {
    const client = server.createAccount('client', 'Gladys West');
    const intruder = await signedIn(browser, server.url, client);
    await openMenuItem(intruder, 'Change password');
    await intruder.getByLabel('Current password', { exact: true }).fill(client.password);
    await intruder.getByLabel('New password', { exact: true }).fill('an intruder picked this');
    await intruder.getByLabel('Confirm new password').fill('an intruder picked this');
    await intruder.getByLabel('Sign out of other devices').uncheck();
    await intruder.getByRole('button', { name: 'Change password' }).click();
    await expect(intruder.getByRole('status').filter({ hasText: 'Your password has been changed.' })).toBeVisible();

    const owner = await (await browser.newContext()).newPage();
    const notMe = await server.notMeLink(client.email);
    await owner.goto(notMe);
    await expect(owner.getByRole('heading', { name: "This wasn't me" })).toBeVisible();
    await expect(owner.getByText(client.email)).toBeVisible();
    await expect(owner).not.toHaveURL(/token=/);
    await expectAccessible(owner);
    await owner.getByRole('button', { name: 'Sign out everywhere and send me a reset link' }).click();
    // Focus follows to the new state, so keyboard and screen-reader users hear what happened.
    await expect(owner.getByRole('heading', { name: 'Your account is secured' })).toBeFocused();
    await expectAccessible(owner);

    await intruder.reload();
    await expect(intruder).toHaveURL(/\/login/);

    // The link works once.
    const again = await (await browser.newContext()).newPage();
    await again.goto(notMe);
    await expect(again.getByRole('heading', { name: 'This link has already been used' })).toBeVisible();
    await expectAccessible(again);

    const reset = await server.resetLink(client.email);
    await owner.goto(reset);
    await owner.getByLabel('New password', { exact: true }).fill('gladys maps the earth');
    await owner.getByLabel('Confirm new password').fill('gladys maps the earth');
    await owner.getByRole('button', { name: 'Set new password' }).click();
    await expect(owner.getByRole('heading', { name: 'Welcome, Gladys' })).toBeVisible();
  });
});
