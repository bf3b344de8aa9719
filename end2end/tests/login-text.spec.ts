import { test, expect } from './fixtures';

test.describe('login text', () => {
  test('is shown above the form, and !external links open a new tab', async ({ page, server, context }) => {
    await server.setLoginText(
      `Need help? Read **[the guide](${server.url}/guide!external)** or [contact us](mailto:help@example.com).`,
    );
    await page.goto('/login');
    const text = page.getByRole('region', { name: 'About this portal' });
    const guide = text.getByRole('link', { name: 'the guide' });
    await expect(guide).toHaveAttribute('href', `${server.url}/guide`);
    await expect(guide).toHaveAttribute('target', '_blank');
    await expect(guide).toHaveAttribute('rel', 'noopener noreferrer');
    const contact = text.getByRole('link', { name: 'contact us' });
    await expect(contact).not.toHaveAttribute('target', /.*/);

    const [opened] = await Promise.all([context.waitForEvent('page'), guide.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`${server.url}/guide`);
    await expect(page).toHaveURL(/\/login$/);
  });

  test('script, event handlers and javascript: URLs never run', async ({ page, server }) => {
    const payloads = [
      '<script>window.__xss = "script"</script>',
      '<img src=x onerror="window.__xss = \'img\'">',
      '<svg onload="window.__xss = \'svg\'"></svg>',
      '<iframe srcdoc="<script>parent.__xss = \'iframe\'</script>"></iframe>',
      '<a href="javascript:window.__xss = \'href\'">raw link</a>',
      '[md link](javascript:window.__xss=\'md\')',
      '[external md link](javascript:window.__xss=\'ext\'!external)',
      '[entity link](&#106;avascript:window.__xss=\'entity\')',
      '<details open ontoggle="window.__xss = \'details\'">x</details>',
      '![img](x" onerror="window.__xss=\'attr\')',
      '<body onload="window.__xss = \'body\'">',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'math\'">',
    ];
    await server.setLoginText(`Welcome.\n\n${payloads.join('\n\n')}\n\nEnd of text.`);
    let dialogs = 0;
    page.on('dialog', async (dialog) => {
      dialogs += 1;
      await dialog.dismiss();
    });
    await page.goto('/login');
    const text = page.getByRole('region', { name: 'About this portal' });
    await expect(text).toContainText('End of text.');
    for (const link of await text.getByRole('link').all()) {
      await link.click({ noWaitAfter: true }).catch(() => undefined);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toBe(0);
    // Inspect the live DOM: no executable elements, no event-handler attributes, and no
    // link or image whose URL has a scheme other than http(s), mailto or tel.
    const found = await text.evaluate((root) => {
      const problems: string[] = [];
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'svg', 'math', 'object', 'embed', 'style', 'form', 'details', 'body'].includes(tag)) {
          problems.push(`<${tag}>`);
        }
        for (const attr of Array.from(el.attributes)) {
          if (attr.name.startsWith('on') || attr.name === 'style' || attr.name === 'srcdoc') problems.push(`${tag}[${attr.name}]`);
        }
        const url = (el as HTMLAnchorElement).href || (el as HTMLImageElement).src;
        if (url && !/^(https?|mailto|tel):/i.test(url)) problems.push(`${tag} -> ${url}`);
      }
      return problems;
    });
    expect(found).toEqual([]);
  });
});
