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
        await page.getByRole('button', { name: 'Account menu' }).click();
        await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
        await expectAccessible(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    });
  }
}
