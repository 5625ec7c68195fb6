import { describe, expect, it } from 'vitest';
import { draftProblems, moveRow, newRow, sameAgenda } from '../../client/src/session/console/agendaDraft.ts';
import { toThumbnail } from '../../client/src/session/console/thumbnail.ts';
import { gridColumns, gridRows } from '../../client/src/session/plenary/layout.ts';
import { formatClock, isFlashing, timerPhase, timerRemaining } from '../../client/src/session/timerView.ts';
import type { TimerState } from '../../shared/schemas/session.ts';
import type { BoardSnapshot } from '../../shared/board/views.ts';

/* The pure parts of the facilitation screens (client/src/session/): timer, agenda, layout. */

const timer = (t: Partial<TimerState>): TimerState => ({
  running: false, endsAt: null, remainingMs: 0, durationMs: 0, pensDown: false, doneAt: null, ...t,
});

describe('timer view (server time)', () => {
  it('counts down from endsAt on the server clock while running, and shows remainingMs otherwise', () => {
    const running = timer({ running: true, endsAt: 10_000, remainingMs: 60_000, durationMs: 60_000 });
    expect(timerRemaining(running, 4_000)).toBe(6_000);
    expect(timerRemaining(running, 12_000)).toBe(0);
    expect(timerRemaining(timer({ remainingMs: 30_000, durationMs: 60_000 }), 99_999)).toBe(30_000);
  });

  it('names its phase', () => {
    expect(timerPhase(timer({}))).toBe('idle');
    expect(timerPhase(timer({ remainingMs: 60_000, durationMs: 60_000 }))).toBe('ready');
    expect(timerPhase(timer({ remainingMs: 20_000, durationMs: 60_000 }))).toBe('paused');
    expect(timerPhase(timer({ running: true, endsAt: 1, remainingMs: 1, durationMs: 1 }))).toBe('running');
    expect(timerPhase(timer({ doneAt: 5, durationMs: 60_000 }))).toBe('done');
  });

  it('flashes for ten seconds after zero', () => {
    const done = timer({ doneAt: 100_000, durationMs: 60_000 });
    expect(isFlashing(done, 105_000)).toBe(true);
    expect(isFlashing(done, 111_000)).toBe(false);
  });

  it('formats whole seconds, rounded up, so that 0:00 means zero', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(15 * 60_000)).toBe('15:00');
    expect(formatClock(3_600_000 + 5_000)).toBe('1:00:05');
  });
});

describe('agenda draft', () => {
  const rows = [{ key: 'a', id: 'a', start: '13:00', title: 'Ontvangst' }, { key: 'b', id: 'b', start: '13:30', title: 'Welkom' }];
  it('adds a row half an hour after the last, moves rows, and finds problems', () => {
    expect(newRow(rows).start).toBe('14:00');
    expect(newRow([]).start).toBe('13:00');
    expect(moveRow(rows, 1, -1).map((r) => r.key)).toEqual(['b', 'a']);
    expect(moveRow(rows, 0, -1).map((r) => r.key)).toEqual(['a', 'b']);
    const problems = draftProblems([...rows, { key: 'c', start: '9:30', title: ' ' }]);
    expect([...(problems.get('c') ?? [])].sort()).toEqual(['start', 'title']);
    expect(problems.has('a')).toBe(false);
    expect(sameAgenda(rows, [{ id: 'a', start: '13:00', title: 'Ontvangst' }, { id: 'b', start: '13:30', title: 'Welkom' }])).toBe(true);
  });
});

describe('plenary grid', () => {
  it('fits up to 8 groups in at most two rows', () => {
    for (let n = 1; n <= 8; n++) expect(gridRows(n)).toBeLessThanOrEqual(2);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(gridColumns)).toEqual([1, 2, 3, 2, 3, 3, 4, 4]);
  });
});

describe('board thumbnail', () => {
  it('frames every item, sections at the back', () => {
    const empty: BoardSnapshot = { notes: [], texts: [], shapes: [], arrows: [], strokes: [], sections: [], caseCard: null, votes: {} };
    expect(toThumbnail(empty).boxes).toEqual([]);
    const board: BoardSnapshot = {
      ...empty,
      notes: [{ id: 'n', type: 'note', x: 100, y: 100, w: 200, h: 140, color: 'pink', z: 2, text: 'x', section: 's' }],
      sections: [{ id: 's', type: 'section', x: 0, y: 0, w: 600, h: 900, title: 'A', z: 1 }],
    };
    const thumb = toThumbnail(board);
    expect(thumb.boxes.map((b) => b.kind)).toEqual(['section', 'note']);
    expect(thumb.noteCount).toBe(1);
    expect(thumb.view).toEqual({ x: -40, y: -40, w: 680, h: 980 });
  });
});
