import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, accountMenuButton, PorticoServer } from './fixtures';

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

  test('gets the sign-in page, the whole reset and its emails in German', async ({ page }) => {
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

    // The link from that email: the whole reset in German, the checks beside the field too.
    await page.goto(await own.resetLink(client.email));
    await expect(page.getByRole('heading', { name: 'Neues Passwort wählen' })).toBeVisible();
    await page.getByLabel('Neues Passwort', { exact: true }).fill('kurz');
    await page.getByRole('button', { name: 'Neues Passwort festlegen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Verwenden Sie mindestens 8 Zeichen.' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Neues Passwort', { exact: true }).fill('ein paar ganz andere Wörter');
    await page.getByLabel('Neues Passwort bestätigen').fill('ein paar ganz andere Wörter');
    await page.getByRole('button', { name: 'Neues Passwort festlegen' }).click();
    await expect(page.getByRole('heading', { name: 'Willkommen, Grete' })).toBeVisible();
    await expect.poll(() => own.outbox().filter((m) => m.to === client.email).map((m) => m.subject)).toContain(
      'Ihr Passwort für Client Portal wurde geändert',
    );
  });

  test('switches language in the account menu; the account keeps it on a new device', async ({ page, browser }) => {
    const client = own.createAccount('client', 'Grete Weiss');
    await page.goto(`${own.url}/login`);
    await page.getByLabel('E-Mail').fill(client.email);
    await page.getByLabel('Passwort', { exact: true }).fill(client.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Willkommen, Grete' })).toBeVisible();

    await accountMenuButton(page).click();
    const languages = page.getByRole('group', { name: 'Sprache' });
    await expect(languages.getByRole('menuitemradio', { name: 'Deutsch' })).toHaveAttribute('aria-checked', 'true');
    await expectAccessible(page);
    await languages.getByRole('menuitemradio', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { name: 'Bienvenue, Grete' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.keyboard.press('Escape');
    await accountMenuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitemradio', { name: 'Français' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toBeHidden();

    // Another device with an English browser: the account's choice wins once signed in.
    const other = await browser.newContext({ locale: 'en-US' });
    const elsewhere = await other.newPage();
    await elsewhere.goto(`${own.url}/login`);
    await expect(elsewhere.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await elsewhere.getByLabel('Email').fill(client.email);
    await elsewhere.getByLabel('Password', { exact: true }).fill(client.password);
    await elsewhere.getByRole('button', { name: 'Sign in' }).click();
    await expect(elsewhere.getByRole('heading', { name: 'Bienvenue, Grete' })).toBeVisible();
    await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'fr');
    await other.close();
  });

  test('staff read the console in German and write the login text per language, with its preview', async ({ page, browser }) => {
    const staff = own.createAccount('staff', 'Sam Staff');
    await page.goto(`${own.url}/login?next=/staff/portal`);
    await page.getByLabel('E-Mail').fill(staff.email);
    await page.getByLabel('Passwort', { exact: true }).fill(staff.password);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Anmeldetext' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Team-Konsole' }).getByRole('link', { name: 'Kunden' })).toBeVisible();

    // The default language's text first; German has none of its own yet.
    const language = page.locator('#login-text-language');
    await expect(language).toHaveValue('en');
    await page.getByLabel('Anmeldetext auf English (Markdown)').fill('## Welcome, everyone');
    await page.getByRole('button', { name: 'Anmeldetext speichern' }).click();
    await expect(page.getByText('Anmeldetext gespeichert. Die Anmeldeseite zeigt ihn jetzt.')).toBeVisible();
    await language.selectOption('de');
    const editor = page.getByLabel('Anmeldetext auf Deutsch (Markdown)');
    await expect(editor).toHaveValue('');
    await expect(page.getByTestId('login-text-fallback')).toBeVisible();
    const preview = page.getByRole('region', { name: 'Vorschau' });
    await expect(preview.getByRole('heading', { name: 'Welcome, everyone' })).toBeVisible();
    await expect(preview).toHaveAttribute('lang', 'de');
    await editor.fill('## Willkommen bei uns');
    await expect(preview.getByRole('heading', { name: 'Willkommen bei uns' })).toBeVisible();
    await expect(page.getByTestId('login-text-fallback')).toBeHidden();
    await page.getByRole('button', { name: 'Anmeldetext speichern' }).click();
    await expect(page.getByText('Anmeldetext gespeichert. Die Anmeldeseite zeigt ihn jetzt.')).toBeVisible();
    await expectAccessible(page);

    // Arabic's editor and preview are right-to-left, and show the default's text until it has its own.
    await language.selectOption('ar');
    await expect(page.getByLabel('Anmeldetext auf العربية (Markdown)')).toHaveAttribute('dir', 'rtl');
    await expect(preview.getByRole('heading', { name: 'Welcome, everyone' })).toBeVisible();

    // The sign-in page shows each reader their language's text, or the default's (read
    // signed out: a signed-in visitor is sent on from it).
    const readerSees = async (locale: string, title: string, loginText: string) => {
      const context = await browser.newContext({ locale });
      const reader = await context.newPage();
      await reader.goto(`${own.url}/login`);
      await expect(reader.getByRole('heading', { name: title })).toBeVisible();
      await expect(reader.getByRole('heading', { name: loginText })).toBeVisible();
      await context.close();
    };
    await readerSees('de-DE', 'Anmelden', 'Willkommen bei uns');
    await readerSees('fr-FR', 'Connexion', 'Welcome, everyone');

    // The builder's own checks speak German too, with German decimals: the same sentences
    // the server answers with (the API tests hold it to that).
    await page.getByLabel('Mindestlänge des Passworts (Zeichen)').fill('4');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await expect(page.locator('#min-password-error')).toHaveText('Wählen Sie eine Mindestlänge von 8 bis 64 Zeichen.');
    await page.getByLabel('Akzentfarbe', { exact: true }).fill('#ffd400');
    await expect(page.locator('#accent-contrast')).toHaveText(/^1,\d+:1 auf der hellen Seite: unter den 4,5:1, die Links und Schaltflächen brauchen\.$/);
    await page.getByRole('button', { name: 'Branding speichern' }).click();
    await expect(page.locator('#accent-error')).toHaveText(/^#ffd400 hat auf der hellen Seite einen Kontrast von 1,\d+:1; .* Wählen Sie eine dunklere Farbe\.$/);
    await expectAccessible(page);
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

    // The page a reset email links to, right-to-left too.
    const reader = own.createAccount('client', 'Layla Haddad');
    await own.requestReset(reader.email);
    await page.goto(await own.resetLink(reader.email));
    await expect(page.getByRole('heading', { name: 'اختر كلمة مرور جديدة' })).toBeVisible();
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expectAccessible(page);
    // A link that is not valid: the page checks it before its own words arrive, and the
    // server's answer is still in the language chosen here, not the German browser's.
    await page.goto('about:blank');
    await page.goto(`${own.url}/reset-password#token=${'x'.repeat(43)}`);
    await expect(page.getByText('هذا الرابط غير صالح. ربما استُبدل برابط أحدث، أو نُسخ بشكل غير كامل.')).toBeVisible();

    await page.goto(`${own.url}/forgot-password`);
    await expect(page.getByRole('heading', { name: 'هل نسيت كلمة المرور؟' })).toBeVisible();
    await page.getByLabel('اللغة').selectOption('en');
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
    await expect(html).toHaveAttribute('dir', 'ltr');
  });
});

/** Everything the product says on the page, not what the portal's staff wrote (its name,
 * its login text), nor data (a name, an address, a device), nor a language's own name. */
async function productText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const skip = 'time, .brand, option, [translate="no"], [lang]:not(html), .login-text, .menu-identity, .account-name, .avatar, strong, .device-list h2, title';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest(skip) || parent.closest('script, style, noscript')) continue;
      texts.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder]')) {
      if (el.closest(skip)) continue;
      texts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('placeholder') ?? '');
    }
    texts.push(document.title.split(' · ')[0]);
    return texts.join(' ');
  });
}

/** The page at `path` is all pseudo-locale, and fits at 320 and 1280 px. */
async function expectAllTranslated(page: Page, what: string) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect.soft(overflow, `${what} at ${width} px`).toBeLessThanOrEqual(0);
  }
  const english = (await productText(page)).match(/\b[A-Za-z]{3,}\b/g) ?? [];
  expect.soft(english, `${what} shows text that no catalog gave it`).toEqual([]);
  await expectAccessible(page);
}

test.describe('the pseudo-locale', () => {
  test.use({ locale: 'en-XA' });

  test('leaves no untranslated word and nothing clipped on any client page', async ({ page }) => {
    for (const path of ['/login', '/forgot-password', '/reset-password', '/not-me', '/choose-password']) {
      await page.goto(`${own.url}${path}`);
      await expectAllTranslated(page, path);
    }
    // A reset link, opened: the new-password form with its live checklist.
    const client = own.createAccount('client', 'Zoë Åsa');
    await own.requestReset(client.email);
    await page.goto(await own.resetLink(client.email));
    await expect(page.locator('#new-password')).toBeVisible();
    await page.locator('#new-password').fill('short');
    await page.locator('form button[type=submit]').click();
    await expect(page.locator('#new-password-error')).not.toBeEmpty();
    await expectAllTranslated(page, 'the reset form');

    // A password staff set: the first-password step.
    const given = await own.clientWithStaffPassword('Åo Ŭi');
    await page.goto(`${own.url}/login`);
    await page.locator('#email').fill(given.email);
    await page.locator('#password').fill(given.password);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(/\/choose-password/);
    await expect(page.locator('#new-password')).toBeVisible();
    await expectAllTranslated(page, 'the first-password form');

    // Signed in: home, the account menu, the account's pages, a page that is not there.
    await page.goto(`${own.url}/login`);
    await page.locator('#email').fill(client.email);
    await page.locator('#password').fill(client.password);
    await page.locator('form button[type=submit]').click();
    await expect(page).toHaveURL(`${own.url}/`);
    await expectAllTranslated(page, 'home');
    await accountMenuButton(page).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectAllTranslated(page, 'the account menu');
    await page.keyboard.press('Escape');
    for (const path of ['/account/password', '/account/devices', '/no-such-page']) {
      await page.goto(`${own.url}${path}`);
      await expect(page.locator('.loading')).toHaveCount(0);
      await expectAllTranslated(page, path);
    }
  });
});
