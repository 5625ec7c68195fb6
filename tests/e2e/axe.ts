import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Runs axe on the page as it is now; fails listing every serious or critical finding. */
export async function expectNoSeriousViolations(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) =>
    `${what}: [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
  if (report.length > 0) console.error(report.join('\n'));
  expect(report, `axe findings on ${what}`).toEqual([]);
  // Guards against a blank page passing trivially.
  expect(result.passes.length).toBeGreaterThan(5);
}
