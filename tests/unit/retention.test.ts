import { describe, expect, it } from 'vitest';
import { DAY_MS, deleteAfter } from '../../server/organiser/retention.ts';

describe('deleteAfter: when the retention sweep deletes a workshop', () => {
  const created = Date.UTC(2026, 0, 10, 14, 30);
  const thirty = 30 * DAY_MS;

  it('without a date: the retention period after its creation', () => {
    expect(deleteAfter({ createdAt: created }, '', thirty)).toBe(created + thirty);
  });

  it('with a date: the retention period after the end of that day (UTC)', () => {
    expect(deleteAfter({ createdAt: created }, '2026-03-12', thirty)).toBe(Date.UTC(2026, 2, 13) + thirty);
  });

  it('never sooner than the retention period after creation (a date in the past)', () => {
    expect(deleteAfter({ createdAt: created }, '2020-01-01', thirty)).toBe(created + thirty);
    expect(deleteAfter({ createdAt: created }, '2020-01-01', 0)).toBe(created);
  });

  it('an unreadable date counts as none', () => {
    expect(deleteAfter({ createdAt: created }, 'morgen', thirty)).toBe(created + thirty);
  });
});
