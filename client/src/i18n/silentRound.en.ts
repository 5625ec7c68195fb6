import type { Messages } from './types.ts';
import type { silentRoundNl } from './silentRound.nl.ts';

/** English strings of the silent round (silentRound.nl.ts is the reference). */
export const silentRoundEn: Messages<typeof silentRoundNl> = {
  banner: {
    participant: 'Silent round: only you see your new notes, until the facilitator reveals them.',
    participantEnded: 'Silent round: writing time is over. Your notes stay visible to you only until the facilitator reveals them.',
    staff: 'Silent round on this board: participants\' new notes stay on their own laptops until the reveal.',
    staffEnded: 'Silent round on this board: writing time is over; participants\' notes are not revealed yet.',
  },
  revealed: 'The facilitator has revealed the notes: everyone now sees every note of the silent round.',
  dismiss: 'Close notice',
  console: {
    heading: 'Silent round',
    intro: 'During a silent round every participant sees only their own new notes. At the reveal they join the board for everyone.',
    none: 'No board has a silent round.',
    some: 'Silent round on {{count}} of {{total}} boards.',
    allBoards: 'All boards at once',
    perGroup: 'Per group',
    startAll: 'Start on all boards',
    endAll: 'End writing time on all boards',
    revealAll: 'Reveal on all boards',
    start: 'Start',
    resume: 'Resume writing',
    end: 'End writing time',
    reveal: 'Reveal',
    state: {
      idle: 'No round',
      running: 'Round {{round}} running',
      ended: 'Round {{round}}: writing time over, not revealed yet',
    },
    badge: 'Silent round',
    done: {
      startAll: 'Silent round started on all boards.',
      endAll: 'Writing time ended on all boards; the notes are not revealed yet.',
      revealAll: 'Notes revealed on all boards.',
      start: 'Silent round started for {{name}}.',
      end: 'Writing time ended for {{name}}.',
      reveal: 'Notes revealed for {{name}}.',
    },
  },
};
