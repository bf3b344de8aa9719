import { test, expect, expectAccessible, PorticoServer } from './fixtures';

// Languages change what every page says, so these tests run on a server of their own:
// the worker's shared one stays English-only for the rest of the suite.
let own: PorticoServer;

test.beforeAll(async () => {
  own = await PorticoServer.start(['--pseudo-locale']);
  await own.changeSettings({ languages: ['en', 'de', 'fr', 'es', 'ar'], default_language: 'en' });
});

test.afterAll(() => own.stop());

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('gets the sign-in page in German, and a reset email in German', async ({ page }) => {
    const client = own.createAccount('client', 'Grete Weiss');
    await page.goto(`${own.url}/login`);
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByLabel('Passwort', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
    await expect(page.getByRole('button', { name: 'Passwort anzeigen' })).toBeVisible();
    await expect(page.getByLabel('Sprache')).toHaveValue('de');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByText('Geben Sie Ihre E-Mail-Adresse ein.')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Passwort vergessen?' }).click();
    await expect(page.getByRole('heading', { name: 'Passwort vergessen?' })).toBeVisible();
    await page.getByLabel('E-Mail').fill(client.email);
    await page.getByRole('button', { name: 'Link zum Zurücksetzen senden' }).click();
    await expect(page.getByRole('heading', { name: 'Prüfen Sie Ihr Postfach' })).toBeVisible();
    await expectAccessible(page);
    await expect.poll(() => own.outbox().filter((m) => m.to === client.email).map((m) => m.subject)).toEqual([
      'Setzen Sie Ihr Passwort für Client Portal zurück',
    ]);
  });

  test('chooses Arabic: the page turns right-to-left, and stays so on the next visit', async ({ page }) => {
    await page.goto(`${own.url}/login`);
    await page.getByLabel('Sprache').selectOption('ar');
    await expect(page.getByRole('heading', { name: 'تسجيل الدخول' })).toBeVisible();
    const html = page.locator('html');
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(html).toHaveAttribute('lang', 'ar');
    // Mirrored: the card's form reads from the right, its labels flush right.
    const label = await page.getByText('البريد الإلكتروني', { exact: true }).boundingBox();
    const input = await page.getByLabel('البريد الإلكتروني').boundingBox();
    expect(label!.x + label!.width).toBeCloseTo(input!.x + input!.width, 0);
    await expectAccessible(page);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }

    await page.goto(`${own.url}/forgot-password`);
    await expect(page.getByRole('heading', { name: 'هل نسيت كلمة المرور؟' })).toBeVisible();
    await page.getByLabel('اللغة').selectOption('en');
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await expect(html).toHaveAttribute('dir', 'ltr');
  });
});

test.describe('the pseudo-locale', () => {
  test.use({ locale: 'en-XA' });

  test('leaves no untranslated word and nothing clipped on the sign-in pages', async ({ page }) => {
    for (const path of ['/login', '/forgot-password']) {
      await page.goto(`${own.url}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
      // Everything the product says, not what the portal's staff wrote (its name, its
      // login text) nor a language's name in itself.
      const said = await page.evaluate(() => {
        const texts: string[] = [];
        const card = document.querySelector('.auth-card')!;
        const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement!;
          if (parent.closest('.brand, option, [translate="no"]')) continue;
          texts.push(node.textContent ?? '');
        }
        for (const el of card.querySelectorAll('[aria-label], [placeholder]')) {
          texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '');
        }
        return texts.join(' ');
      });
      const english = said.match(/\b[A-Za-z]{3,}\b/g) ?? [];
      expect(english, `${path} shows text that no catalog gave it`).toEqual([]);
      await expectAccessible(page);
    }
  });
});
