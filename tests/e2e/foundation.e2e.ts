import { expect, openSidebarFromToolbar, test } from './support/fixtures';

test.describe('the sidebar skeleton on a case page', () => {
  test('shows the case reference from the page after a round trip through the background', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/casebook/case/CR-204871.html');
    const sidebar = await openSidebarFromToolbar(extension, page);

    await expect(sidebar.getByRole('main', { name: 'Professional challenge' })).toBeVisible();
    await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-204871');
    await page.screenshot({ path: 'test-results/screens/foundation-casebook-sidebar.png' });
  });

  test('a script in a hostile page cannot read the sidebar, its shadow root or its frame', async ({
    extension,
    openCasePage,
  }) => {
    const page = await openCasePage('/hostile/case/CR-990001.html');
    const sidebar = await openSidebarFromToolbar(extension, page);
    await expect(sidebar.getByTestId('case-reference')).toHaveText('CR-990001');

    // What the page's own script can see, evaluated in the page's main world.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('[data-challenge-companion]');
      const everything = document.documentElement.innerText + document.documentElement.outerHTML;
      return {
        hostFound: host !== null,
        shadowRoot: host ? host.shadowRoot !== null : null,
        framesVisible: window.length,
        iframesInDocument: document.querySelectorAll('iframe').length,
        mentionsSidebarText: everything.includes('Professional challenge'),
        resourceEntries: performance
          .getEntriesByType('resource')
          .filter((e) => e.name.startsWith('chrome-extension:')).length,
      };
    });
    expect(seen.shadowRoot).toBe(false);
    expect(seen.mentionsSidebarText).toBe(false);
    expect(seen.iframesInDocument).toBe(0);
    expect(seen.resourceEntries).toBe(0);

    // The hostile page's own probe (tests/demo-site/pages/hostile) has been running all along.
    await page.waitForTimeout(600);
    const findings = await page.evaluate(
      () => (window as unknown as { __hostileFindings: Record<string, unknown> }).__hostileFindings,
    );
    expect(findings.sawShadowRoot).toBe(false);
    expect(JSON.stringify(findings.readTexts)).not.toContain('Professional challenge');
    expect(JSON.stringify(findings.readTexts)).not.toContain('CR-990001 ');
    // And the sidebar is still there and visible after the page's tampering.
    await expect(sidebar.getByRole('main', { name: 'Professional challenge' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/foundation-hostile-sidebar.png' });
  });
});
