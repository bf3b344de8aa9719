import { test, expect, signIn, expectAccessible } from './fixtures';

for (const width of [1280, 320]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width}px in ${colorScheme} mode`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme });

      test('the login page has no axe violations and nothing overflows', async ({ page }) => {
        await page.goto('/login');
        await expect(page.getByRole('region', { name: 'About this portal' })).toBeVisible();
        await expectAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('the portal home with its account menu open has no axe violations', async ({ page, server }) => {
        const client = server.createAccount('client', 'Katherine Johnson');
        await page.goto('/login');
        await signIn(page, client);
        await expect(page.getByRole('heading', { name: 'Welcome, Katherine' })).toBeVisible();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Katherine Johnson' }).click();
        await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
        await expectAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });

      test('the forgot-password page and its confirmation have no axe violations', async ({ page }) => {
        await page.goto('/forgot-password');
        await page.getByRole('button', { name: 'Email me a reset link' }).click();
        await expect(page.locator('#email-error')).toHaveText('Enter your email address.');
        await expectAccessible(page);
        await page.getByLabel('Email').fill('someone@example.com');
        await page.getByRole('button', { name: 'Email me a reset link' }).click();
        await expect(page.getByRole('status')).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
      });

      test('the new-password page with errors has no axe violations', async ({ page, server }) => {
        const client = server.createAccount('client');
        await page.goto('/forgot-password');
        await page.getByLabel('Email').fill(client.email);
        await page.getByRole('button', { name: 'Email me a reset link' }).click();
        await page.goto(await server.resetLink(client.email));
        await page.getByLabel('New password', { exact: true }).fill('qwerty123');
        // Confirmed too: whether the page or (before the common-password list has loaded)
        // the server catches it, the error is the password's own.
        await page.getByLabel('Confirm new password').fill('qwerty123');
        await page.getByRole('button', { name: 'Set new password' }).click();
        await expect(page.locator('#new-password-error')).not.toBeEmpty();
        await expectAccessible(page);
        await expectNoOverflow(page);
      });

      test('the account screens have no axe violations', async ({ page, server }) => {
        const given = await server.clientWithStaffPassword('Dorothy Hoover');
        await page.goto('/login');
        await signIn(page, given);
        await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByLabel('New password', { exact: true }).fill('dorothy solves the flutter');
        await page.getByLabel('Confirm new password').fill('dorothy solves the flutter');
        await page.getByRole('button', { name: 'Set password and continue' }).click();
        await expect(page.getByRole('heading', { name: 'Welcome, Dorothy' })).toBeVisible();
        await page.goto('/account/password');
        await expect(page.getByLabel('Current password', { exact: true })).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.goto('/account/devices');
        await expect(page.getByText('This device')).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
      });

      test('the staff console screens have no axe violations', async ({ page, server }) => {
        // Every console screen, each checked by axe: longer than most tests.
        test.slow();
        const staff = server.createAccount('staff');
        const client = server.createAccount('client', 'Edsger Dijkstra');
        await page.goto('/login');
        await signIn(page, staff);
        await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
        await expectAccessible(page);
        await page.getByRole('link', { name: 'Edsger Dijkstra' }).first().click();
        await page.getByRole('button', { name: 'Send password reset' }).click();
        await expect(page.getByLabel('Reset link')).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Portal' }).click();
        await expect(page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Welcome' })).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByText('Formatting help').click();
        await expect(page.getByText('!external', { exact: true }).first()).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Outbox' }).click();
        await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
        await expectAccessible(page);
        await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Activity' }).click();
        await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
        await expectAccessible(page);
        await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'API keys' }).click();
        await page.getByLabel('Key name').fill('Accessibility check');
        await page.getByRole('button', { name: 'Create key' }).click();
        await expect(page.getByLabel('New key')).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Webhooks' }).click();
        await page.getByLabel('Endpoint URL').fill('http://hooks.example.com/a/rather/long/path/for/a/narrow/screen');
        await page.getByRole('button', { name: 'Add webhook' }).click();
        await expect(page.locator('#events-error')).not.toBeEmpty();
        await expectAccessible(page);
        await expectNoOverflow(page);
        // Nobody listens on the discard port: the delivery fails and waits for a retry.
        const url = `http://127.0.0.1:9/a/rather/long/path/for/a/narrow/screen/${width}/${colorScheme}`;
        await page.getByLabel('Endpoint URL').fill(url);
        await page.getByRole('checkbox', { name: /^account\.created/ }).check();
        await page.getByRole('button', { name: 'Add webhook' }).click();
        await expect(page.getByLabel('Signing secret')).toBeVisible();
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.getByRole('link', { name: url }).click();
        await page.getByRole('button', { name: 'Send test event' }).click();
        const ping = page.getByRole('listitem').filter({ hasText: 'ping' });
        await expect(ping).toContainText('Failing: next try');
        await ping.locator('summary').click();
        await expect(ping.getByRole('region', { name: /Attempts of delivery/ })).toContainText('No answer');
        await expectAccessible(page);
        await expectNoOverflow(page);
        await page.goto('/staff/clients/new');
        await page.getByRole('button', { name: 'Add client' }).click();
        await expect(page.locator('#name-error')).not.toBeEmpty();
        await expectAccessible(page);
        expect(client.email).toContain('@');
      });
    });
  }
}

async function expectNoOverflow(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // Which elements stick out, so a failure says where to look.
  const wide = await page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} ends at ${Math.round(e.getBoundingClientRect().right)} px`)
      .slice(0, 12),
  );
  expect(overflow, wide.join('\n')).toBeLessThanOrEqual(0);
}
