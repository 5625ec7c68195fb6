import type { Page } from 'playwright-core';

/*
 * Moving through a page as a keyboard user does: Tab and Shift+Tab only, reading the name of
 * what has focus as a screen reader would say it. No clicks, no focus() calls.
 */

/**
 * The accessible name of the focused element, roughly as a screen reader says it: a form
 * field by its label, anything else by aria-label or its text (visually hidden parts too).
 */
export function focusedName(page: Page, { hiddenText = false } = {}): Promise<string> {
  return page.evaluate((keepHidden) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return clean(labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent).join(' '));
    const aria = el.getAttribute('aria-label');
    if (aria) return clean(aria);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean(labels[0]!.textContent);
    // Text hidden from assistive technology (a badge's digit, a "+") is not part of the name,
    // unless asked for (the list view's tests read the "+" of its add buttons).
    const copy = el.cloneNode(true) as HTMLElement;
    if (!keepHidden) copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return clean(copy.textContent);
  }, hiddenText);
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; fails naming what it passed. */
export async function tabTo(page: Page, name: RegExp, { back = false, max = 80 } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`no focusable element named ${name} within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; passed: ${seen.join(' | ')}`);
}

/** The board item whose button in the canvas's item list has focus, or null. */
export function focusedItem(page: Page): Promise<{ id: string; kind: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const id = el?.getAttribute('data-item-id');
    return id ? { id, kind: el!.getAttribute('data-item-kind') ?? '' } : null;
  });
}

/**
 * Tabs to an item's button in the canvas's item list: forward when it comes after the focus
 * in the page, else backward (the way a keyboard user would go).
 */
export async function tabToItem(page: Page, id: string, max = 80): Promise<void> {
  const back = await page.evaluate((itemId) => {
    const target = document.querySelector(`.canvas-items button[data-item-id="${itemId}"]`);
    if (!target) throw new Error(`no item ${itemId} in the item list`);
    const focus = document.activeElement;
    if (!focus || focus === document.body) return false;
    // Backward unless the focus comes before the item.
    return (target.compareDocumentPosition(focus) & Node.DOCUMENT_POSITION_PRECEDING) === 0;
  }, id);
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    if ((await focusedItem(page))?.id === id) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    seen.push(await focusedName(page));
  }
  throw new Error(`item ${id} not reached within ${max} presses; passed: ${seen.join(' | ')}`);
}
