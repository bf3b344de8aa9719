import { test, expect, expectAccessible, signIn } from './fixtures';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';

type Received = { headers: IncomingHttpHeaders; body: string };

/** A webhook receiver on loopback that keeps what it gets and answers `status` (settable). */
async function startReceiver() {
  const received: Received[] = [];
  const state = { status: 200 };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(state.status, { 'content-type': 'text/plain' }).end(`answer ${state.status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received, state, close: () => server.close() };
}

/** What a receiver does: recompute HMAC-SHA256 over "t.body" with the secret and accept
 * the delivery if any v1 matches (there are two for a day after the secret is rolled). */
function signatureIsValid(secret: string, request: Received): boolean {
  const header = String(request.headers['portico-signature']);
  const match = /^t=(\d+)((?:,v1=[0-9a-f]{64})+)$/.exec(header);
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${request.body}`).digest('hex');
  return match[2].split(',v1=').includes(expected);
}

test.describe('Webhooks', () => {
  test('staff register a webhook, see its secret once, test it, follow a failing delivery, resend it and delete', async ({ page, context, server }) => {
    // A whole webhook's life with a retry and eight axe checks: longer than most tests.
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const receiver = await startReceiver();
    try {
      const staff = server.createAccount('staff');
      await page.goto('/login');
      await signIn(page, staff);
      const nav = page.getByRole('navigation', { name: 'Staff console' });
      await expect(nav).toBeVisible();
      // The worker's server is shared: other specs' webhooks go first, so the empty state shows.
      const existing = await page.request.get('/api/staff/webhooks');
      expect(existing.status()).toBe(200);
      for (const hook of (await existing.json()).webhooks) {
        expect((await page.request.delete(`/api/staff/webhooks/${hook.id}`)).status()).toBe(204);
      }
      await nav.getByRole('link', { name: 'Webhooks' }).click();
      await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');
      await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(page.getByText('No webhooks yet.')).toBeVisible();
      await expectAccessible(page);

      // Every problem at once, each beside its field.
      await page.getByLabel('Endpoint URL').fill('http://hooks.example.com/portico');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await expect(page.locator('#webhook-url-error')).toContainText('plain http:// is allowed only to this machine');
      await expect(page.locator('#events-error')).toContainText('Choose at least one event');
      await expect(page.getByLabel('Endpoint URL')).toBeFocused();
      await expectAccessible(page);

      // Only the events wrong: focus lands on the first box, which carries the error.
      await page.getByLabel('Endpoint URL').fill(receiver.url);
      await page.getByRole('button', { name: 'Add webhook' }).click();
      const firstEvent = page.getByRole('checkbox', { name: /^account\.created/ });
      await expect(firstEvent).toBeFocused();
      await expect(firstEvent).toHaveAccessibleDescription('Choose at least one event.');
      await expect(firstEvent).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#webhook-url-error')).toBeEmpty();
      await expectAccessible(page);

      await page.getByRole('checkbox', { name: /^account\.created/ }).check();
      await page.getByRole('checkbox', { name: /^password\.changed/ }).check();
      await page.getByLabel('Description (optional)').fill('CRM sync');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await expect(page.getByText('Copy its signing secret now: it is not shown again.')).toBeVisible();
      const secret = await page.getByLabel('Signing secret').inputValue();
      expect(secret).toMatch(/^whsec_[\w-]{43}$/);
      await page.getByRole('button', { name: 'Copy secret' }).click();
      await expect(page.getByText('Copied.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      const row = page.getByRole('row').filter({ hasText: receiver.url });
      await expect(row).toContainText('account.created, password.changed');
      await expect(row).toContainText('None yet');
      await expect(row).not.toContainText(secret);
      await expect(page.getByRole('checkbox', { name: /^account\.created/ })).not.toBeChecked();
      await expectAccessible(page);

      await row.getByRole('link', { name: receiver.url }).click();
      await expect(page.getByRole('heading', { name: receiver.url })).toBeVisible();
      await expect(page.getByText('Nothing sent yet.')).toBeVisible();
      await expect(page.getByText(`${secret.slice(0, 10)}…`)).toBeVisible();
      await expectAccessible(page);

      // A test event reaches the receiver, signed with the secret shown once.
      await page.getByRole('button', { name: 'Send test event' }).click();
      await expect(page.getByText('Test event queued.')).toBeVisible();
      const ping = page.getByRole('listitem').filter({ hasText: 'ping' });
      await expect(ping).toContainText('Delivered');
      expect(receiver.received).toHaveLength(1);
      expect(signatureIsValid(secret, receiver.received[0])).toBe(true);
      expect(JSON.parse(receiver.received[0].body).type).toBe('ping');

      // Rolling the secret: the new one is shown once, and both sign for a day.
      page.once('dialog', (dialog) => dialog.accept());
      await page.getByRole('button', { name: 'Roll signing secret' }).click();
      await expect(page.getByText('New signing secret made.')).toBeVisible();
      const rolled = await page.getByLabel('New signing secret').inputValue();
      expect(rolled).toMatch(/^whsec_[\w-]{43}$/);
      expect(rolled).not.toBe(secret);
      await expect(page.getByText(`${rolled.slice(0, 10)}…`)).toBeVisible();
      await expect(page.getByText(/^Also signs deliveries until/)).toBeVisible();
      await expectAccessible(page);

      // The receiver starts failing: a new client's event is kept and retried, not lost.
      receiver.state.status = 500;
      const created = await page.request.post('/api/staff/clients', { data: { name: 'Mae Jemison', email: 'mae@example.com' } });
      expect(created.status()).toBe(201);
      const event = page.getByRole('listitem').filter({ hasText: 'account.created' });
      await expect(event).toContainText('Failing: next try');
      await event.locator('summary').click();
      await expect(event.getByRole('region', { name: /Attempts of delivery/ })).toContainText('HTTP 500');
      await expect(event.getByRole('region', { name: /Attempts of delivery/ })).toContainText('answer 500');
      await expect(event.getByLabel(/Body of delivery/)).toContainText('mae@example.com');
      await expectAccessible(page);

      receiver.state.status = 200;
      await event.getByRole('button', { name: /Send again/ }).click();
      await expect(page.getByText('Delivery queued to be sent again now.')).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'account.created' })).toContainText('Delivered');
      expect(receiver.received).toHaveLength(3);
      const delivered = receiver.received[2];
      expect(signatureIsValid(rolled, delivered)).toBe(true);
      expect(signatureIsValid(secret, delivered)).toBe(true);
      expect(delivered.body).toBe(receiver.received[1].body);
      expect(JSON.parse(delivered.body).data.account.email).toBe('mae@example.com');
      // The refreshes updated the open row in place: still open, focus still on its button.
      await expect(event.getByRole('region', { name: /Attempts of delivery/ })).toContainText('HTTP 200');
      await expect(event.getByRole('button', { name: /Send again/ })).toBeFocused();
      await expectAccessible(page);

      // A failed refresh keeps what is shown (the open row stays open) and says so, until
      // the next one works.
      const deliveries = '**/api/staff/webhooks/*/deliveries';
      await page.route(deliveries, (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'restarting' }));
      const refreshError = page.getByRole('alert').filter({ hasText: 'Could not refresh the deliveries' });
      await expect(refreshError).toBeVisible();
      await expect(event.getByRole('region', { name: /Attempts of delivery/ })).toContainText('HTTP 200');
      await expectAccessible(page);
      await page.unroute(deliveries);
      await expect(refreshError).toHaveCount(0);
      await expect(event.getByRole('button', { name: /Send again/ })).toBeFocused();

      page.once('dialog', (dialog) => dialog.accept());
      await page.getByRole('button', { name: 'Delete webhook' }).click();
      await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
      await expect(page.getByText('Webhook deleted.')).toBeVisible();
      await expect(page.getByText('No webhooks yet.')).toBeVisible();
      await expectAccessible(page);

      // Both ends of the webhook's life are in the activity log, under their own filter.
      await nav.getByRole('link', { name: 'Activity' }).click();
      await page.getByLabel('Kind of event').selectOption('webhook');
      await page.getByRole('button', { name: 'Filter' }).click();
      const ours = page.getByRole('row').filter({ hasText: receiver.url });
      await expect(ours.filter({ hasText: 'webhook.deleted' })).toHaveCount(1);
      await expect(ours.filter({ hasText: 'webhook.created' })).toHaveCount(1);
      await expect(ours.filter({ hasText: 'webhook.secret_rolled' })).toHaveCount(1);
      await expect(page.getByRole('cell', { name: 'sign_in.succeeded' })).toHaveCount(0);
    } finally {
      receiver.close();
    }
  });
});
