import { test, expect, expectAccessible, signIn, PorticoServer } from './fixtures';
import type { Page } from '@playwright/test';

// These tests change the portal for everyone on their server, so each starts its own.
async function openBuilder(page: Page, server: PorticoServer) {
  const staff = server.createAccount('staff');
  // The renderer (ammonia, html5ever) is fetched by the builder and by nothing before it.
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('portico-preview')) fetched.push(new URL(r.url()).pathname); });
  await page.goto(`${server.url}/login`);
  await signIn(page, staff);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
  expect(fetched).toEqual([]);
  await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Portal' }).click();
  await expect(page.getByRole('heading', { name: 'Portal', level: 1 })).toBeVisible();
  await expect.poll(() => fetched.sort()).toEqual(['/portico-preview.js', '/portico-preview_bg.wasm']);
}

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });

test.describe('portal builder', () => {
  let own: PorticoServer;
  test.beforeEach(async () => { own = await PorticoServer.start(); });
  test.afterEach(() => own.stop());

  test('the preview follows typing with the server renderer, and saving changes the login page', async ({ page, browser }) => {
    await openBuilder(page, own);
    // The saved text, rendered in the browser by the preview module.
    await expect(preview(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await expectAccessible(page);

    const editor = page.getByLabel('Login text (Markdown)');
    await editor.fill([
      '## Hello clients',
      '',
      'Forgot your password? Request a reset **[here](https://forms.example.com/f/123!external)**.',
      '',
      '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">',
      '[bad](javascript:window.__pwned=3)',
    ].join('\n'));
    await expect(preview(page).getByRole('heading', { name: 'Hello clients' })).toBeVisible();
    const link = preview(page).getByRole('link', { name: 'here' });
    await expect(link).toHaveAttribute('href', 'https://forms.example.com/f/123');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(preview(page).locator('script, img[onerror], a[href^="javascript"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await expect(page.getByText('Unsaved changes.')).toBeVisible();

    // Typing one more character updates the preview again.
    await editor.press('End');
    await editor.type(' Bye');
    await expect(preview(page)).toContainText('bad Bye');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Save login text' }).click();
    await expect(page.getByText('Login text saved. The login page shows it now.')).toBeVisible();

    // What the preview showed is what clients get.
    // Leptos leaves empty comment markers in what it renders; they are not content.
    const content = (html: string) => html.replace(/<!---->/g, '').trim();
    const shown = content(await preview(page).innerHTML());
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${own.url}/login`);
    const about = visitor.getByRole('region', { name: 'About this portal' });
    await expect(about.getByRole('heading', { name: 'Hello clients' })).toBeVisible();
    expect(content(await about.innerHTML())).toBe(shown);
  });

  test('discard restores the saved text, and leaving with unsaved changes asks first', async ({ page, browser }) => {
    await openBuilder(page, own);
    const editor = page.getByLabel('Login text (Markdown)');
    await expect(editor).toHaveValue(/## Welcome/);
    const saved = await editor.inputValue();
    await editor.fill('Draft that should not survive');
    await expect(preview(page)).toHaveText('Draft that should not survive');

    // Staying: the dialog is dismissed and the page keeps the draft.
    let asked = '';
    page.once('dialog', (dialog) => { asked = dialog.message(); void dialog.dismiss(); });
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Outbox' }).click();
    expect(asked).toBe('You have unsaved changes to the login text. Leave without saving?');
    await expect(page.getByRole('heading', { name: 'Portal', level: 1 })).toBeVisible();
    await expect(editor).toHaveValue('Draft that should not survive');

    await page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(editor).toHaveValue(saved);
    await expect(preview(page).getByRole('heading', { name: 'Welcome' })).toBeVisible();
    await expect(page.getByText('Changes discarded.')).toBeVisible();

    // Nothing unsaved: leaving does not ask.
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();

    // Leaving anyway loses the draft, and the saved text is untouched.
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Portal' }).click();
    await editor.fill('Another draft');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${own.url}/login`);
    await expect(visitor.getByRole('region', { name: 'About this portal' }).getByRole('heading', { name: 'Welcome' })).toBeVisible();
  });

  test('settings are validated all at once and, once saved, change what clients are told', async ({ page }) => {
    await openBuilder(page, own);
    const lifetime = page.getByLabel('Reset link lifetime (hours)');
    await expect(lifetime).toHaveValue('24');
    await expect(page.getByLabel('Reuse window (hours)')).toHaveValue('16');
    await expect(page.getByLabel('First sign-in change window (minutes)')).toHaveValue('5');
    await expect(page.getByLabel('Minimum password length (characters)')).toHaveValue('8');
    await expect(page.getByLabel('Account password')).toBeChecked();

    await lifetime.fill('200');
    await page.getByLabel('Reuse window (hours)').fill('soon');
    await page.getByLabel('Minimum password length (characters)').fill('4');
    await page.getByRole('button', { name: 'Save settings' }).click();
    // Every field that needs attention is marked at once.
    await expect(page.locator('#reset-reuse-error')).toHaveText('Enter a number of hours, such as 1.');
    await expect(page.locator('#reset-lifetime-error')).toHaveText('Choose a lifetime from 1 to 168 hours (7 days).');
    await expect(page.locator('#min-password-error')).toHaveText('Choose a minimum from 8 to 64 characters.');
    await page.getByLabel('Reuse window (hours)').fill('16');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.locator('#reset-reuse-error')).toBeEmpty();
    await expect(page.locator('#reset-lifetime-error')).toHaveText('Choose a lifetime from 1 to 168 hours (7 days).');
    await expect(page.locator('#min-password-error')).toHaveText('Choose a minimum from 8 to 64 characters.');
    await expect(lifetime).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);

    await lifetime.fill('2');
    await page.getByLabel('Reuse window (hours)').fill('1');
    await page.getByLabel('Minimum password length (characters)').fill('12');
    await page.getByLabel('Account password').uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText('Settings saved.')).toBeVisible();
    await expect(page.locator('#reset-lifetime-error')).toBeEmpty();

    // Still there after a reload, and the reset page now states the new lifetime.
    await page.reload();
    await expect(page.getByLabel('Reset link lifetime (hours)')).toHaveValue('2');
    await expect(page.getByLabel('Account password')).not.toBeChecked();
    await page.goto(`${own.url}/forgot-password`);
    await page.getByLabel('Email').fill('someone@example.com');
    await page.getByRole('button', { name: 'Email me a reset link' }).click();
    await expect(page.getByRole('status')).toContainText('It expires in 2 hours.');
  });
});
