import { test, expect, expectAccessible, PorticoServer } from './fixtures';

test('the printed setup link creates the first staff account, once', async ({ page }) => {
  const server = await PorticoServer.start();
  try {
    expect(server.setupLink).toMatch(/\/setup#token=[A-Za-z0-9_-]{43}$/);
    await page.goto(server.setupLink!);
    await expect(page.getByRole('heading', { name: 'Create the first staff account' })).toBeVisible();
    await expect(page).toHaveURL(`${server.url}/setup`);
    await expectAccessible(page);
    await page.getByLabel('Your name').fill('Sam Owner');
    await page.getByLabel('Email').fill('owner@example.com');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByLabel('Confirm password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Use at least 8 characters.')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await page.getByLabel('Confirm password').fill('a long enough passphrase');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page).toHaveURL(`${server.url}/staff`);
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sam Owner', exact: true })).toBeVisible();

    await page.goto(server.setupLink!);
    await expect(page.getByRole('alert')).toHaveText(/expired or was already used/);
  } finally {
    server.stop();
  }
});
