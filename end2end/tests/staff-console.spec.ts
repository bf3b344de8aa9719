import { test, expect, expectAccessible, signIn, type Account } from './fixtures';
import type { Page } from '@playwright/test';

async function signInAsStaff(page: Page, staff: Account) {
  await page.goto('/login');
  await signIn(page, staff);
  await expect(page.getByRole('heading', { name: 'Clients' })).toBeVisible();
}

async function addClient(page: Page, name: string, email: string, options: { message?: string; password?: string; instructions?: boolean } = {}) {
  await page.getByRole('link', { name: 'Add client' }).click();
  await expect(page.getByRole('heading', { name: 'Add client' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email', { exact: true }).fill(email);
  if (options.password) await page.getByLabel('Password (optional)', { exact: true }).fill(options.password);
  if (options.instructions === false) await page.getByLabel('Send password instructions via email').uncheck();
  if (options.message) await page.getByLabel('Message (optional)').fill(options.message);
  await page.getByRole('button', { name: 'Add client' }).click();
}

test.describe('staff console', () => {
  test('the board sorts by a column header, either way, by mouse or keyboard, and says which', async ({ page, server }) => {
    await server.createClients('Sortable Sage', 3);
    const staff = server.createAccount('staff');
    await signInAsStaff(page, staff);
    await page.getByLabel('Search by name or email').fill('Sortable Sage');
    await page.getByRole('button', { name: 'Search' }).click();
    const names = page.locator('tbody th a');
    const header = (name: string) => page.getByRole('columnheader', { name });
    await expect(page.getByRole('table', { name: 'Clients, by name, ascending' })).toBeVisible();
    await expect(names).toHaveText(['Sortable Sage 01', 'Sortable Sage 02', 'Sortable Sage 03']);
    await expect(header('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Email')).not.toHaveAttribute('aria-sort');

    // The same header again turns the order round.
    await header('Name').getByRole('button').click();
    await expect(page.getByRole('table', { name: 'Clients, by name, descending' })).toBeVisible();
    await expect(names).toHaveText(['Sortable Sage 03', 'Sortable Sage 02', 'Sortable Sage 01']);
    await expect(header('Name')).toHaveAttribute('aria-sort', 'descending');

    // Another header, from the keyboard, starts ascending; the search and the sort are in
    // the address, so the view can be bookmarked.
    await header('Email').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: 'Clients, by email, ascending' })).toBeVisible();
    await expect(header('Email')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('Name')).not.toHaveAttribute('aria-sort');
    await expect(page).toHaveURL(/q=Sortable%20Sage&status=active&sort=email&order=asc&page=1$/);
    await expect(names).toHaveText(['Sortable Sage 01', 'Sortable Sage 02', 'Sortable Sage 03']);
    await page.getByRole('columnheader', { name: 'Last sign-in' }).getByRole('button').click();
    await expect(page.getByRole('table', { name: 'Clients, by last sign-in, ascending' })).toBeVisible();
    await expectAccessible(page);
  });

  test('adding a client with instructions emails them a link and a message', async ({ page, server, browser }) => {
    const staff = server.createAccount('staff');
    await signInAsStaff(page, staff);
    await expectAccessible(page);
    const email = `grace.${Date.now()}@example.com`;
    await addClient(page, 'Grace Hopper', email, { message: 'Welcome to the portal, Grace!' });
    await expect(page.getByRole('status').filter({ hasText: 'Account successfully created and reset password email sent.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Grace Hopper' })).toBeVisible();
    await expect(page.getByText(/Reset link pending/).first()).toBeVisible();
    await expectAccessible(page);

    // The outbox shows the email, without the working link.
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Outbox' }).click();
    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Your Client Portal account');
    await expectAccessible(page);
    await row.getByRole('link', { name: 'Your Client Portal account' }).click();
    await expect(page.getByRole('region', { name: 'Email text' }).or(page.locator('pre.mail-body'))).toContainText('Welcome to the portal, Grace!');
    await expectAccessible(page);

    // The client follows the emailed link and lands in the portal.
    const link = await server.resetLink(email);
    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.goto(link);
    await clientPage.getByLabel('New password', { exact: true }).fill('grace chooses her own words');
    await clientPage.getByLabel('Confirm new password').fill('grace chooses her own words');
    await clientPage.getByRole('button', { name: 'Set new password' }).click();
    await expect(clientPage.getByRole('heading', { name: 'Welcome, Grace' })).toBeVisible();
  });

  test('a duplicate email is named on the field and nothing is created', async ({ page, server }) => {
    const staff = server.createAccount('staff');
    const existing = server.createAccount('client');
    await signInAsStaff(page, staff);
    await addClient(page, 'Someone Else', existing.email.toUpperCase());
    await expect(page.locator('#email-error')).toHaveText('An account with this email already exists.');
    await expect(page.getByLabel('Email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('staff set a password, see it once, and the client signs in with it', async ({ page, server, browser }) => {
    const staff = server.createAccount('staff');
    await signInAsStaff(page, staff);
    const email = `alan.${Date.now()}@example.com`;
    await addClient(page, 'Alan Turing', email, { instructions: false });
    await expect(page.getByRole('status').filter({ hasText: 'Account successfully created.' })).toBeVisible();
    await expect(page.getByText('Never set')).toBeVisible();

    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page.getByText('it is not shown again')).toBeVisible();
    const password = (await page.locator('code.secret').textContent())!.trim();
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){4}$/);
    await expect(page.getByText('Must change at next sign-in')).toBeVisible();
    await expectAccessible(page);

    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.goto(`${server.url}/login`);
    await signIn(clientPage, { email, password, name: 'Alan Turing', role: 'client' });
    // "Must change at next sign-in": the client chooses their own before the portal opens.
    await expect(clientPage.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
    await clientPage.getByLabel('New password', { exact: true }).fill('alan chooses his own');
    await clientPage.getByLabel('Confirm new password').fill('alan chooses his own');
    await clientPage.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(clientPage.getByRole('heading', { name: 'Welcome, Alan' })).toBeVisible();
  });

  test('send a reset, copy the link from the panel and use it', async ({ page, server, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const staff = server.createAccount('staff');
    const client = server.createAccount('client', 'Katherine Johnson');
    await signInAsStaff(page, staff);
    await page.getByLabel('Search by name or email').fill(client.email);
    await page.getByRole('button', { name: 'Search' }).click();
    // Other tests of this worker may have made clients of the same name: take this one's row.
    await page.getByRole('row').filter({ hasText: client.email }).getByRole('link', { name: 'Katherine Johnson' }).click();
    await page.getByRole('button', { name: 'Send password reset' }).click();
    await expect(page.getByText('Reset password email sent.')).toBeVisible();
    const shown = await page.getByLabel('Reset link').inputValue();
    expect(shown).toMatch(/\/reset-password#token=[\w-]{43}$/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    await expect(page.getByText('Same link until')).toBeVisible();
    await expectAccessible(page);

    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.goto(copied);
    await clientPage.getByLabel('New password', { exact: true }).fill('katherine computes a new one');
    await clientPage.getByLabel('Confirm new password').fill('katherine computes a new one');
    await clientPage.getByRole('button', { name: 'Set new password' }).click();
    await expect(clientPage.getByRole('heading', { name: 'Welcome, Katherine' })).toBeVisible();
  });

  test("the board's row actions send a reset, copy its link and archive after asking", async ({ page, context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const staff = server.createAccount('staff');
    const client = server.createAccount('client', 'Dorothy Vaughan');
    await signInAsStaff(page, staff);
    const row = page.getByRole('row').filter({ hasText: client.email });
    const actions = row.getByRole('button', { name: 'Actions for Dorothy Vaughan' });
    await expect(actions).toHaveAttribute('aria-haspopup', 'menu');

    // No link yet: copying is offered but unavailable, and says why.
    await actions.click();
    await expect(page.getByRole('menuitem', { name: /Copy reset link/ })).toHaveAttribute('aria-disabled', 'true');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(actions).toBeFocused();

    // By keyboard: open, choose "Send reset email".
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Send reset email' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `Reset password email sent to ${client.email}.` })).toBeVisible();
    await expect(row).toContainText('Link pending');
    const emailed = await server.resetLink(client.email);

    await row.getByRole('button', { name: 'Actions for Dorothy Vaughan' }).click();
    await page.getByRole('menuitem', { name: 'Copy reset link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Reset link for Dorothy Vaughan copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(emailed);

    await row.getByRole('button', { name: 'Actions for Dorothy Vaughan' }).click();
    await page.getByRole('menuitem', { name: 'Archive…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive Dorothy Vaughan?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dorothy Vaughan archived.' })).toBeVisible();
    // The board lists active clients: the archived one has left it.
    await expect(page.getByRole('row').filter({ hasText: client.email })).toHaveCount(0);
  });

  test('an archived client cannot be reset or sign in', async ({ page, server, browser }) => {
    const staff = server.createAccount('staff');
    const client = server.createAccount('client', 'Mary Jackson');
    await signInAsStaff(page, staff);
    await page.getByLabel('Search by name or email').fill(client.email);
    await page.getByRole('button', { name: 'Search' }).click();
    // Other tests of this worker may have made clients of the same name: take this one's row.
    await page.getByRole('row').filter({ hasText: client.email }).getByRole('link', { name: 'Mary Jackson' }).click();
    // Archiving asks first; Escape (or Cancel) changes nothing.
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive Mary Jackson?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Archive' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Send password reset' })).toBeEnabled();
    await page.getByRole('button', { name: 'Archive' }).click();
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText('You cannot reset the password for an archived account.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send password reset' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Set new password' })).toBeDisabled();
    await expectAccessible(page);

    const clientPage = await (await browser.newContext()).newPage();
    await clientPage.goto(`${server.url}/login`);
    await signIn(clientPage, client);
    await expect(clientPage.getByRole('alert')).toContainText('archived');

    await page.getByRole('button', { name: 'Unarchive' }).click();
    await expect(page.getByRole('button', { name: 'Send password reset' })).toBeEnabled();
  });

  test('activity lists events newest first and filters by kind', async ({ page, server }) => {
    const staff = server.createAccount('staff');
    await signInAsStaff(page, staff);
    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Activity' }).click();
    await expect(page.getByRole('heading', { name: 'Activity' })).toBeVisible();
    await expect(page.getByRole('row').nth(1)).toContainText('sign_in.succeeded');
    await expectAccessible(page);
    await page.getByLabel('Kind of event').selectOption('mail');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/kind=mail/);
    await expect(page.getByRole('cell', { name: 'sign_in.succeeded' })).toHaveCount(0);
  });

  test('activity reads as sentences with who did it, filters by account, and exports what is filtered', async ({ page, server }) => {
    const staff = server.createAccount('staff', 'Sam Staff');
    const stamp = Date.now();
    await signInAsStaff(page, staff);
    await addClient(page, 'Ada Sentence', `ada.sentence.${stamp}@example.com`);
    await expect(page.getByRole('heading', { name: 'Ada Sentence' })).toBeVisible();
    await page.getByRole('button', { name: 'Send password reset' }).click();
    await expect(page.getByLabel('Reset link')).toBeVisible();

    await page.getByRole('navigation', { name: 'Staff console' }).getByRole('link', { name: 'Activity' }).click();
    await page.getByLabel('Account email').fill(`ada.sentence.${stamp}@example.com`);
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/email=ada\.sentence/);
    await expect(page.getByRole('cell', { name: /^Sam Staff sent Ada Sentence a reset link/ }).first()).toBeVisible();
    const added = page.getByRole('row').filter({ hasText: 'Sam Staff added Ada Sentence' });
    await expect(added).toBeVisible();
    await expect(added.getByRole('cell').nth(1)).toHaveText('Sam Staff');
    // Only this account's events: nobody else's sign-in.
    await expect(page.getByRole('cell', { name: /Sam Staff signed in/ })).toHaveCount(0);
    await expectAccessible(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('id,time_utc,kind,account_name,account_email,typed_email,actor_name,actor_email,ip,detail');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.slice(1).every((line) => line.includes(`ada.sentence.${stamp}@example.com`))).toBe(true);
    expect(csv).toContain('password_reset.requested,Ada Sentence');
  });
});
