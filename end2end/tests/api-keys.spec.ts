import { test, expect, expectAccessible, signIn } from './fixtures';
import { request } from '@playwright/test';

test.describe('API keys', () => {
  test('staff create a key, see it once, an automation uses it, and revoking stops it', async ({ page, context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const staff = server.createAccount('staff');
    const client = server.createAccount('client', 'Mae Jemison');
    await page.goto('/login');
    await signIn(page, staff);
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'API keys' }).click();
    await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.locator('#key-name-error')).toContainText('Name the key');
    await expectAccessible(page);

    await page.getByLabel('Key name').fill('Onboarding flow');
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByText('Copy it now: it is not shown again.')).toBeVisible();
    const secret = await page.getByLabel('New key').inputValue();
    expect(secret).toMatch(/^pk_[\w-]{43}$/);
    await page.getByRole('button', { name: 'Copy key' }).click();
    await expect(page.getByText('Copied.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    const row = page.getByRole('row').filter({ hasText: 'Onboarding flow' });
    await expect(row).toContainText(secret.slice(0, 10));
    await expect(row).not.toContainText(secret);
    await expect(row).toContainText('Never');
    await expectAccessible(page);

    // An automation updates the client's password with it and gets the password back.
    const automation = await request.newContext({ baseURL: server.url, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    const updated = await automation.post('/api/v1/automations/update-password', { data: { email: client.email } });
    expect(updated.status()).toBe(200);
    const { password, require_change } = await updated.json();
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){4}$/);
    expect(require_change).toBe(true);

    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'Onboarding flow' })).not.toContainText('Never');

    await page.getByRole('button', { name: 'Revoke Onboarding flow' }).click();
    await expect(page.getByText('Key "Onboarding flow" revoked.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Onboarding flow' })).toContainText('Revoked');
    await expectAccessible(page);
    const refused = await automation.post('/api/v1/automations/send-reset', { data: { email: client.email } });
    expect(refused.status()).toBe(401);
    await automation.dispose();
  });
});
