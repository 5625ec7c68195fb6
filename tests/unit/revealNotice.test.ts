import { describe, expect, it } from 'vitest';
import { nextRevealSeen, type RevealSeen } from '../../client/src/board/brainstorm/useRevealNotice.ts';

const idle: RevealSeen = { active: false, round: 0, revealed: false };

describe('nextRevealSeen (the reveal notice on a board)', () => {
  it('says "revealed" when the round that ran here ends, and a new round clears it', () => {
    const running = nextRevealSeen(idle, { active: true, round: 1 });
    expect(running.revealed).toBe(false);
    const revealed = nextRevealSeen(running, { active: false, round: 1 });
    expect(revealed).toEqual({ active: false, round: 1, revealed: true });
    expect(nextRevealSeen(revealed, { active: true, round: 2 })).toEqual({ active: true, round: 2, revealed: false });
  });

  it('is the same object when nothing changed (no re-render loop)', () => {
    const running = nextRevealSeen(idle, { active: true, round: 1 });
    expect(nextRevealSeen(running, { active: true, round: 1 })).toBe(running);
  });

  it('says nothing for a round that ended before this page saw it run', () => {
    expect(nextRevealSeen(idle, { active: false, round: 3 }).revealed).toBe(false);
  });

  it('a round number jumping while active (another round started) is no reveal of this board', () => {
    const running = nextRevealSeen(idle, { active: true, round: 1 });
    expect(nextRevealSeen(running, { active: true, round: 4 }).revealed).toBe(false);
  });
});
