import { test, expect, expectAccessible, signIn, makePng, PorticoServer } from './fixtures';
import type { Page } from '@playwright/test';

// Branding changes the portal for everyone on its server, so each test starts its own.
async function openBuilder(page: Page, server: PorticoServer, name = 'Client Portal') {
  const staff = server.createAccount('staff');
  await page.goto(`${server.url}/login`);
  await signIn(page, staff);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Portal' }).click();
  await expect(page.getByLabel('Portal name')).toHaveValue(name);
}

const branding = (page: Page) => page.getByRole('region', { name: 'Branding' });
const lightPreview = (page: Page) => page.getByTestId('brand-preview-light');
const darkPreview = (page: Page) => page.getByTestId('brand-preview-dark');
const background = (locator: ReturnType<Page['locator']>) =>
  locator.evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe('branding', () => {
  let own: PorticoServer;
  test.beforeEach(async () => { own = await PorticoServer.start(); });
  test.afterEach(() => own.stop());

  test('name, colours and logo show in the preview before saving, then on every page and in emails', async ({ page, browser }) => {
    await openBuilder(page, own);
    await page.getByLabel('Portal name').fill('Acme Client Portal');
    await page.getByLabel('Accent colour', { exact: true }).fill('#7a003c');
    await expect(page.locator('#accent-contrast')).toHaveText(/^\d+(\.\d+)?:1 on the light page: meets WCAG AA\.$/);
    await page.getByLabel('Logo').setInputFiles({ name: 'acme.png', mimeType: 'image/png', buffer: makePng(96, 96, [122, 0, 60]) });

    // Nothing saved yet: the preview alone shows the new look, in both modes.
    await expect(lightPreview(page).getByText('Acme Client Portal')).toBeVisible();
    await expect(lightPreview(page).locator('.sample-button')).toHaveCSS('background-color', 'rgb(122, 0, 60)');
    const darkButton = await background(darkPreview(page).locator('.sample-button'));
    expect(darkButton).not.toBe('rgb(122, 0, 60)');
    expect(darkButton).not.toBe('rgb(138, 180, 255)'); // the partner keeps the hue, not Portico's blue
    const previewLogo = lightPreview(page).locator('img.brand-logo');
    await expect(previewLogo).toHaveAttribute('src', /^blob:/);
    expect(await previewLogo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
    await expect(page.getByRole('banner')).not.toContainText('Acme Client Portal');
    await expectAccessible(page);

    await branding(page).getByRole('button', { name: 'Save branding' }).click();
    await expect(branding(page).getByRole('status')).toHaveText('Branding saved. Every page uses it now.');
    // This page takes the new look at once: top bar, title and theme.
    await expect(page.getByRole('banner')).toContainText('Acme Client Portal');
    await expect(page.getByRole('banner').locator('img.brand-logo')).toHaveAttribute('width', '96');
    await expect(page).toHaveTitle('Portal · Acme Client Portal');
    await page.mouse.move(0, 0); // off the button, whose hover shade is darker
    await expect(page.getByRole('button', { name: 'Save branding' })).toHaveCSS('background-color', 'rgb(122, 0, 60)');

    // A signed-out visitor's sign-in page, in light and in dark mode.
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const visitor = await context.newPage();
      await visitor.goto(`${own.url}/login`);
      await expect(visitor).toHaveTitle('Sign in · Acme Client Portal');
      const logo = visitor.locator('.auth-card img.brand-logo');
      await expect(logo).toBeVisible();
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
      await expect(visitor.locator('.auth-card .brand')).toContainText('Acme Client Portal');
      const button = visitor.getByRole('button', { name: 'Sign in' });
      await expect(button).toHaveCSS('background-color', colorScheme === 'light' ? 'rgb(122, 0, 60)' : darkButton);
      await expectAccessible(visitor);
      await context.close();
    }

    // The emails: the subject names the portal, and the outbox shows who they come from.
    const client = own.createAccount('client');
    await own.requestReset(client.email);
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('link', { name: 'Reset your Acme Client Portal password' }).first().click();
    await expect(page.getByRole('definition').first()).toHaveText(/^"?Acme Client Portal"? <.+@.+>$/);
  });

  test('a colour with poor contrast is refused with its ratio, and a fake image is refused for what it is', async ({ page }) => {
    await openBuilder(page, own);
    const accent = page.getByLabel('Accent colour', { exact: true });
    await accent.fill('#ffd400');
    // Said as it is typed, before any save.
    await expect(page.locator('#accent-contrast')).toHaveText(/on the light page: below the 4\.5:1 that links and buttons need\./);
    // The preview keeps the last colour that passes.
    await expect(lightPreview(page).locator('.sample-button')).toHaveCSS('background-color', 'rgb(31, 78, 216)');
    await branding(page).getByRole('button', { name: 'Save branding' }).click();
    const alert = branding(page).getByRole('alert').filter({ hasText: /\S/ });
    await expect(alert).toHaveText(/^#ffd400 has a contrast of 1\.\d+:1 against the light page; links and buttons need at least 4\.5:1\. Choose a darker colour\.$/);
    await expect(accent).toHaveAttribute('aria-invalid', 'true');
    await expect(accent).toBeFocused();
    await expectAccessible(page);

    // An SVG is refused on choosing it; one that calls itself a PNG, by the server.
    await accent.fill('#1f4ed8');
    const logo = page.getByLabel('Logo');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await logo.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg });
    await expect(page.locator('#logo-error')).toHaveText('Choose a PNG, JPEG or WebP image (SVG is not accepted).');
    await logo.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: svg });
    await expect(page.locator('#logo-error')).toBeEmpty();
    await branding(page).getByRole('button', { name: 'Save branding' }).click();
    await expect(page.locator('#logo-error')).toHaveText('Choose a PNG, JPEG or WebP image (SVG is not accepted).');
    await expect(logo).toHaveAttribute('aria-invalid', 'true');
    await expect(logo).toBeFocused();

    // Too big: said on choosing it, and said again on saving, with nothing uploaded and
    // the alert no longer speaking of the file before.
    const uploads: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('/api/staff/branding/logo')) uploads.push(r.method()); });
    const big = makePng(10, 10, [31, 78, 216]);
    await logo.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: Buffer.concat([big, Buffer.alloc(300 * 1024)]) });
    const tooBig = /^The logo is 30\d KB; the limit is 256 KB\.$/;
    await expect(page.locator('#logo-error')).toHaveText(tooBig);
    await expect(branding(page).getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
    await branding(page).getByRole('button', { name: 'Save branding' }).click();
    await expect(page.locator('#logo-error')).toHaveText(tooBig);
    await expect(branding(page).getByRole('alert').filter({ hasText: /\S/ })).toHaveText(tooBig);
    await expect(logo).toBeFocused();
    expect(uploads).toEqual([]);
    await expectAccessible(page);
    const portal = await (await page.request.get(`${own.url}/api/portal`)).json();
    expect(portal.logo).toBeNull();
  });

  test('a logo can be removed, and the pages show the name alone again', async ({ page }) => {
    await own.setBranding({ name: 'Acme' }, makePng(64, 32, [31, 78, 216]));
    await openBuilder(page, own, 'Acme');
    await expect(darkPreview(page).locator('img.brand-logo')).toHaveAttribute('width', '64');
    await branding(page).getByRole('button', { name: 'Remove logo' }).click();
    await expect(darkPreview(page).locator('img.brand-logo')).toHaveCount(0);
    await branding(page).getByRole('button', { name: 'Save branding' }).click();
    await expect(branding(page).getByRole('status')).toHaveText('Branding saved. Every page uses it now.');
    await expect(page.getByRole('banner').locator('img')).toHaveCount(0);
    await page.goto(`${own.url}/forgot-password`);
    await expect(page.locator('.auth-card .brand')).toHaveText('Acme');
    await expect(page.locator('.auth-card img')).toHaveCount(0);
  });
});
