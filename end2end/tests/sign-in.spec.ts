import { test, expect, signIn, expectAccessible, accountMenuButton, PorticoServer } from './fixtures';

test.describe('signing in', () => {
  test('a client signs in and reaches the portal home with their initials', async ({ page, server }) => {
    const client = server.createAccount('client', 'Ada Lovelace');
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('autocomplete', 'username');
    await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('autocomplete', 'current-password');
    await signIn(page, client);
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { name: 'Welcome, Ada' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ada Lovelace', exact: true })).toContainText('AL');
  });

  test('a wrong password and an unknown email get the same single error', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/login');
    await signIn(page, { ...client, password: 'not the password' });
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('The email or password is incorrect.');
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
    await expectAccessible(page);

    await signIn(page, { ...client, email: 'nobody@example.com' });
    await expect(alert).toHaveText('The email or password is incorrect.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('the button shows progress while signing in, and a second click sends nothing', async ({ page, server }) => {
    const client = server.createAccount('client');
    let posts = 0;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/session', async (route) => {
      if (route.request().method() === 'POST') {
        posts += 1;
        await held;
      }
      await route.continue();
    });
    await page.goto('/login');
    await signIn(page, client);
    const busy = page.getByRole('button', { name: 'Signing in…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await expect(page.locator('form')).toHaveAttribute('aria-busy', 'true');
    // A second submit while busy: a forced click (aria-disabled keeps the button focusable, so
    // Playwright would otherwise wait for it to be enabled) and Enter in the password field.
    await busy.click({ force: true });
    await page.getByLabel('Password', { exact: true }).press('Enter');
    release();
    await expect(accountMenuButton(page)).toBeVisible();
    expect(posts).toBe(1);
  });

  test('empty fields are named beside each field', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Enter your email address.')).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Email')).toBeFocused();
  });

  test('the email matches in any letter case', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/login');
    await signIn(page, { ...client, email: client.email.toUpperCase() });
    await expect(accountMenuButton(page)).toBeVisible();
  });

  test('a deep link to the portal comes back there after signing in', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?next=%2F$/);
    await signIn(page, client);
    await expect(page).toHaveURL(new RegExp(`${server.url}/$`));
    await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  });

  test('an off-site next is ignored', async ({ page, server }) => {
    const client = server.createAccount('client');
    await page.goto('/login?next=%2F%2Fevil.example%2F');
    await signIn(page, client);
    await expect(page).toHaveURL(`${server.url}/`);
  });

  test('staff land in the staff console; clients are refused it', async ({ page, server }) => {
    const staff = server.createAccount('staff');
    await page.goto('/login');
    await signIn(page, staff);
    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.getByRole('navigation', { name: 'Staff console' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
    await expectAccessible(page);

    await page.context().clearCookies();
    const client = server.createAccount('client');
    await page.goto('/staff');
    await expect(page).toHaveURL(/\/login\?next=%2Fstaff$/);
    await signIn(page, client);
    await expect(page.getByRole('heading', { name: 'This page is for staff only' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Staff console' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('signing out from the account menu, by keyboard, ends the session', async ({ page, server }) => {
    const client = server.createAccount('client', 'Grace Hopper');
    await page.goto('/login');
    await signIn(page, client);
    const menuButton = page.getByRole('button', { name: 'Grace Hopper', exact: true });
    await expect(menuButton).toContainText('GH');
    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('menuitem', { name: 'Change password' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Signed-in devices' })).toBeFocused();
    await expect(page.getByText(client.email)).toBeVisible();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menuButton).toBeFocused();
    // ArrowUp opens the menu on its last item.
    await page.keyboard.press('ArrowUp');
    const signOut = page.getByRole('menuitem', { name: 'Sign out' });
    await expect(signOut).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/login$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/login\?next=%2F$/);
  });

  test('with the human check off, repeated failures are throttled with a clear wait', async ({ page }) => {
    const own = await PorticoServer.start(['--human-check', 'off']);
    try {
      const client = own.createAccount('client');
      await page.goto(`${own.url}/login`);
      for (let i = 0; i < 5; i++) {
        await signIn(page, { ...client, password: `wrong ${i}` });
        await expect(page.getByRole('alert')).toHaveText('The email or password is incorrect.');
      }
      await signIn(page, client);
      await expect(page.getByRole('alert')).toHaveText(/^Too many attempts\. Try again in \d+ seconds\.$/);
      await expect(page).toHaveURL(/\/login$/);
    } finally {
      own.stop();
    }
  });

  test('a browser that has signed in before is never checked nor locked out by guessing from elsewhere', async ({ page, browser, server }) => {
    const client = server.createAccount('client', 'Valerie Thomas');
    // This browser signs in once, then out: it is now a known device for the account.
    await page.goto('/login');
    await signIn(page, client);
    await expect(page.getByRole('heading', { name: 'Welcome, Valerie' })).toBeVisible();
    await accountMenuButton(page).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login$/);

    // Someone in another browser guesses past the free failures: each further guess
    // there costs a human check, solved in the background, and is still wrong.
    const elsewhere = await browser.newContext({ baseURL: server.url });
    const attacker = await elsewhere.newPage();
    const checked: string[] = [];
    attacker.on('request', async (r) => {
      if (r.url().endsWith('/api/session') && (await r.headerValue('human-check'))) checked.push(r.url());
    });
    await attacker.goto('/login');
    for (let i = 0; i < 7; i++) {
      await signIn(attacker, { ...client, password: `guess ${i}` });
      await expect(attacker.getByRole('alert')).toHaveText('The email or password is incorrect.');
      await expect(attacker.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    }
    expect(checked.length).toBeGreaterThanOrEqual(2);
    await expectAccessible(attacker);
    await elsewhere.close();

    // The account holder, on their own browser, signs in as usual, with no check.
    const mine: string[] = [];
    page.on('request', async (r) => {
      if (await r.headerValue('human-check')) mine.push(r.url());
    });
    await signIn(page, client);
    await expect(page.getByRole('heading', { name: 'Welcome, Valerie' })).toBeVisible();
    expect(mine).toEqual([]);
  });

  test('show password reveals what was typed and Caps Lock is pointed out', async ({ page }) => {
    await page.goto('/login');
    const password = page.getByLabel('Password', { exact: true });
    await password.fill('secret words');
    await expect(password).toHaveAttribute('type', 'password');
    const reveal = page.getByRole('button', { name: 'Show password' });
    await expect(reveal).toHaveAttribute('aria-pressed', 'false');
    await reveal.click();
    await expect(password).toHaveAttribute('type', 'text');
    await expect(reveal).toHaveAttribute('aria-pressed', 'true');
    await expect(password).toHaveValue('secret words');
    await reveal.click();
    await expect(password).toHaveAttribute('type', 'password');
    await expect(reveal).toHaveAttribute('aria-pressed', 'false');
    // Headless Chromium has no Caps Lock state of its own: send key events carrying it.
    await password.dispatchEvent('keydown', { key: 'A', modifierCapsLock: true });
    await expect(page.getByText('Caps Lock is on.')).toBeVisible();
    await expect(password).toHaveAttribute('aria-describedby', /password-caps/);
    await password.dispatchEvent('keydown', { key: 'b', modifierCapsLock: false });
    await expect(page.getByText('Caps Lock is on.')).toHaveCount(0);
  });

  test('the forgot-password link leads to its page', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(page.getByRole('heading', { name: 'Forgot your password?' })).toBeVisible();
  });

  test('unknown paths show a friendly not-found page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expectAccessible(page);
  });
});
