import type { Page } from 'playwright-core';

/**
 * The left navigation's item texts. The menu is drawn in a transition after the opening page and its rows (see
 * `AppFrame`), so a test reading the items straight after the page appears would read none: wait for the menu first.
 */
export async function navigationItems(page: Page): Promise<string[]> {
  const menu = page.getByRole('menu', { name: '主导航' });
  await menu.getByRole('menuitem').first().waitFor();
  return menu.getByRole('menuitem').allTextContents();
}
