// Writes PNGs of every main screen and state at 1280×800 and 390×844, light and dark, to
// target/gallery, with an index.html that shows them side by side. Run by `cargo xtask
// gallery`; look at it as a demanding designer would.
import { test, expect, signIn, makePng, type PorticoServer } from '../tests/fixtures';
import { request, type Browser, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const out = path.resolve(__dirname, '../../target/gallery');
const sizes = [
  { name: 'wide', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const schemes = ['light', 'dark'] as const;

const loginText = `## Welcome to the Acme client portal

Everything about your account with Acme, in one place: statements, documents and messages from your adviser.

### Before you sign in

- Use the email address we have on file for you.
- Forgot your password? Ask for a link on this page: it works for 24 hours.
- Never share your password, not even with us.

### Opening hours

| Office | Hours | Phone |
|---|---|---|
| London | 9:00–17:30 | +44 20 7946 0000 |
| New York | 9:00–18:00 | +1 212 555 0100 |

Questions? Write to [help@acme.example](mailto:help@acme.example).`;

type Shot = { name: string; title: string };
const shots: Shot[] = [];

/** Opens `setUp` once per size and scheme and saves a full-page screenshot. */
async function capture(browser: Browser, name: string, title: string, setUp: (page: Page) => Promise<void>, locale = 'en-US') {
  shots.push({ name, title });
  for (const size of sizes) {
    for (const scheme of schemes) {
      const context = await browser.newContext({ viewport: size, colorScheme: scheme, locale });
      const page = await context.newPage();
      await setUp(page);
      await page.waitForTimeout(150);
      await page.screenshot({ path: path.join(out, `${name}-${size.name}-${scheme}.png`), fullPage: true });
      await context.close();
    }
  }
}

async function asStaff(page: Page, server: PorticoServer, staff: { email: string; password: string }, to = '/staff') {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(to)}`);
  await signIn(page, { ...staff, name: '', role: 'staff' });
  await page.waitForURL((url) => url.pathname === to);
}

test('gallery', async ({ browser, server }) => {
  mkdirSync(out, { recursive: true });
  await server.setLoginText(loginText);
  await server.setBranding({ name: 'Acme Client Portal', accent: '#0f6e5a' }, makePng(96, 96, [15, 110, 90]));
  const staff = server.createAccount('staff', 'Sam Staff');
  const client = server.createAccount('client', 'Ada Lovelace');
  await server.createClients('Grace Hopper', 3);
  await server.requestReset(client.email);
  const link = await server.resetLink(client.email);
  const given = await server.clientWithStaffPassword('Katherine Johnson');
  // An account guessed at past its free failures: a new device signing in is checked.
  const attacked = server.createAccount('client', 'Dorothy Vaughan');
  const guesses = await request.newContext({ baseURL: server.url });
  for (let i = 0; i < 5; i++) {
    await guesses.post('/api/session', { data: { email: attacked.email, password: `guess ${i}` } });
  }
  await guesses.dispose();

  await capture(browser, 'login', 'Sign in, with a long login text', async (page) => {
    await page.goto(`${server.url}/login`);
    await expect(page.getByLabel('Email')).toBeVisible();
  });
  await capture(browser, 'human-check', 'Sign in on a new device while the account is under attack: the human check runs', async (page) => {
    // The solved request is held (never answered), so the checking state stays on screen.
    await page.route('**/api/session', async (route) => {
      if (await route.request().headerValue('human-check')) return;
      await route.continue();
    });
    await page.goto(`${server.url}/login`);
    await signIn(page, attacked);
    await expect(page.getByRole('progressbar', { name: "Checking that you're not a robot" })).toBeVisible();
  });
  await capture(browser, 'forgot', 'Forgot your password?', async (page) => {
    await page.goto(`${server.url}/forgot-password`);
    await expect(page.getByLabel('Email')).toBeVisible();
  });
  await capture(browser, 'check-email', 'Check your email', async (page) => {
    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel('Email').fill('someone@example.com');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  });
  await capture(browser, 'new-password', 'Choose a new password (from the email)', async (page) => {
    await page.goto(link);
    await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await page.getByLabel('New password', { exact: true }).fill('a few unrelated words');
  });
  await capture(browser, 'invalid-link', 'A link that is not valid', async (page) => {
    await page.goto(`${server.url}/reset-password#token=not-a-real-token`);
    await expect(page.getByRole('heading', { name: 'This link is not valid' })).toBeVisible();
  });
  await capture(browser, 'first-password', 'First sign-in: choose your own password', async (page) => {
    await page.goto(`${server.url}/login`);
    await signIn(page, given);
    await expect(page.getByLabel('New password', { exact: true })).toBeVisible();
  });
  await capture(browser, 'account-menu', 'The portal with the account menu open', async (page) => {
    await page.goto(`${server.url}/login`);
    await signIn(page, client);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
  });
  await capture(browser, 'change-password', 'Change password', async (page) => {
    await page.goto(`${server.url}/login?next=/account/password`);
    await signIn(page, client);
    await expect(page.getByLabel('Current password')).toBeVisible();
  });
  await capture(browser, 'devices', 'Signed-in devices', async (page) => {
    await page.goto(`${server.url}/login?next=/account/devices`);
    await signIn(page, client);
    // The sign-in page has a level-1 heading too: wait for this page's own.
    await expect(page.getByRole('heading', { name: 'Signed-in devices' })).toBeVisible();
    await expect(page.getByText('This device')).toBeVisible();
  });
  await capture(browser, 'board', 'Staff: the clients board', async (page) => {
    await asStaff(page, server, staff);
    await expect(page.getByRole('table')).toBeVisible();
  });
  await capture(browser, 'client', 'Staff: a client with the reset link panel', async (page) => {
    await asStaff(page, server, staff);
    await page.getByRole('row').filter({ hasText: client.email }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Send password reset' }).click();
    await expect(page.getByLabel('Reset link')).toBeVisible();
  });
  await capture(browser, 'confirm-archive', 'Staff: archiving asks first', async (page) => {
    await asStaff(page, server, staff);
    await page.getByRole('row').filter({ hasText: client.email }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
  await capture(browser, 'builder', 'Staff: the portal builder with its previews, branding and settings', async (page) => {
    await asStaff(page, server, staff, '/staff/portal');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByLabel('Portal name')).toHaveValue('Acme Client Portal');
  });
  for (const [name, to, title] of [
    ['activity', '/staff/activity', 'Staff: activity'],
    ['outbox', '/staff/outbox', 'Staff: outbox'],
    ['keys', '/staff/api-keys', 'Staff: API keys'],
    ['webhooks', '/staff/webhooks', 'Staff: webhooks'],
  ]) {
    await capture(browser, name, title, async (page) => {
      await asStaff(page, server, staff, to);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  // Each language of the login page and the reset page, with the login text written in
  // German and Arabic; French and Spanish show the default's (English) text.
  await server.changeSettings({ languages: ['en', 'de', 'fr', 'es', 'ar'], default_language: 'en' });
  await server.setLoginText('## Willkommen im Kundenportal von Acme\n\nAlles zu Ihrem Konto bei Acme an einem Ort: Kontoauszüge, Dokumente und Nachrichten Ihrer Beraterin.\n\n- Verwenden Sie die E-Mail-Adresse, die wir von Ihnen haben.\n- Passwort vergessen? Fordern Sie auf dieser Seite einen Link an.', 'de');
  await server.setLoginText('## مرحبًا بك في بوابة عملاء Acme\n\nكل ما يخص حسابك لدى Acme في مكان واحد: الكشوف والمستندات والرسائل من مستشارك.\n\n- استخدم عنوان البريد الإلكتروني المسجّل لدينا.\n- نسيت كلمة المرور؟ اطلب رابطًا من هذه الصفحة.', 'ar');
  for (const [tag, name] of [['de', 'Deutsch'], ['fr', 'Français'], ['es', 'Español'], ['ar', 'العربية']]) {
    await capture(browser, `login-${tag}`, `Sign in in ${name}`, async (page) => {
      await page.goto(`${server.url}/login`);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await expect(page.locator('#email')).toBeVisible();
    }, tag);
    await capture(browser, `new-password-${tag}`, `Choose a new password in ${name}`, async (page) => {
      await page.goto(link);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await page.locator('#new-password').fill('a few unrelated words');
    }, tag);
  }
  await capture(browser, 'account-menu-languages', 'The account menu with its languages', async (page) => {
    await page.goto(`${server.url}/login`);
    await signIn(page, client);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Deutsch' })).toBeVisible();
  });

  const cell = (shot: Shot, size: string, scheme: string) =>
    `<figure><a href="${shot.name}-${size}-${scheme}.png"><img loading="lazy" src="${shot.name}-${size}-${scheme}.png" alt="${shot.title}, ${size}, ${scheme}"></a><figcaption>${size}, ${scheme}</figcaption></figure>`;
  const sections = shots
    .map((shot) => `<section><h2>${shot.title}</h2><div class="row">${sizes
      .flatMap((size) => schemes.map((scheme) => cell(shot, size.name, scheme)))
      .join('')}</div></section>`)
    .join('\n');
  writeFileSync(
    path.join(out, 'index.html'),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Portico screenshot gallery</title>
<style>body{font-family:system-ui,sans-serif;margin:1.5rem;background:#eee}section{margin-bottom:2rem}
.row{display:flex;gap:1rem;align-items:flex-start;overflow-x:auto}figure{margin:0}img{width:320px;border:1px solid #999;background:#fff}
figcaption{font-size:.85rem;color:#333}</style></head><body><h1>Portico screenshot gallery</h1>
<p>Every main screen at 1280×800 and 390×844, light and dark. Written by <code>cargo xtask gallery</code>.</p>
${sections}</body></html>\n`,
  );
});
