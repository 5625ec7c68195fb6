import type { Page } from 'playwright-core';

/** The four screens every page is checked at (issue 10): phone, small laptop, laptop, beamer. */
export const SCREEN_SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop-small', width: 1366, height: 768 },
  { name: 'laptop', width: 1440, height: 900 },
  { name: 'beamer', width: 1920, height: 1080 },
] as const;

export interface LayoutProblem {
  selector: string;
  kind: 'page-overflow' | 'outside-viewport' | 'clipped-text' | 'spill';
  detail: string;
}

/**
 * What a user at this viewport would see wrong: the page scrolls sideways, a named element
 * sticks out of the viewport, or its text is cut (its content is wider or taller than its box
 * while it hides the rest: overflow hidden/clip or text-overflow: ellipsis). Elements that are
 * not rendered (display: none, zero size) are skipped. Returns every problem, so a failing
 * assertion names them all.
 */
export async function layoutProblems(page: Page, selectors: readonly string[]): Promise<LayoutProblem[]> {
  return page.evaluate((names) => {
    const problems: { selector: string; kind: 'page-overflow' | 'outside-viewport' | 'clipped-text'; detail: string }[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) {
      problems.push({ selector: 'html', kind: 'page-overflow', detail: `scrollWidth ${doc.scrollWidth} > ${window.innerWidth}` });
    }
    for (const selector of names) {
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const label = `${selector} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
        if (box.left < -1 || box.right > window.innerWidth + 1) {
          problems.push({ selector, kind: 'outside-viewport', detail: `${label}: ${Math.round(box.left)}…${Math.round(box.right)} of ${window.innerWidth}` });
        }
        const style = getComputedStyle(el);
        const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
        const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowY === 'auto' || style.overflowY === 'scroll';
        if (!hides || scrolls) continue;
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
          problems.push({ selector, kind: 'clipped-text', detail: `${label}: content ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}` });
        }
      }
    }
    return problems;
  }, [...selectors]);
}

/**
 * Parts that reach past the inner edge (inside border and padding) of the box that holds them:
 * a button past its card's edge, a name under the border. Each `box` is checked against its
 * own `parts`; parts not rendered are skipped.
 */
export async function spillProblems(page: Page, box: string, parts: string): Promise<LayoutProblem[]> {
  return page.evaluate(([boxSelector, partSelector]) => Array.from(document.querySelectorAll<HTMLElement>(boxSelector!)).flatMap((container) => {
    const style = getComputedStyle(container);
    const outer = container.getBoundingClientRect();
    const inner = {
      left: outer.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
      right: outer.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight),
      bottom: outer.bottom - parseFloat(style.borderBottomWidth) - parseFloat(style.paddingBottom),
    };
    return Array.from(container.querySelectorAll<HTMLElement>(partSelector!))
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return b.width > 0 && b.height > 0 && (b.left < inner.left - 1 || b.right > inner.right + 1 || b.bottom > inner.bottom + 1);
      })
      .map((el) => {
        const b = el.getBoundingClientRect();
        return {
          selector: `${boxSelector} ${partSelector}`, kind: 'spill' as const,
          detail: `“${(el.textContent ?? '').trim().slice(0, 40)}” at ${Math.round(b.left)}…${Math.round(b.right)}, bottom ${Math.round(b.bottom)}; the box holds ${Math.round(inner.left)}…${Math.round(inner.right)}, bottom ${Math.round(inner.bottom)}`,
        };
      });
  }), [box, parts]);
}
