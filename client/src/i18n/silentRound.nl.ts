/*
 * Strings of the silent round (issue 10): the banner on every board of a group in a round,
 * the reveal notice, and the console's controls. Mounted under `silentRound` in nl.ts.
 */
export const silentRoundNl = {
  banner: {
    participant: 'Stille ronde: je nieuwe notities ziet alleen jij, tot de begeleider ze onthult.',
    participantEnded: 'Stille ronde: de schrijftijd is voorbij. Je notities blijven alleen voor jou zichtbaar tot de begeleider ze onthult.',
    staff: 'Stille ronde op dit bord: nieuwe notities van deelnemers blijven op hun eigen laptop tot de onthulling.',
    staffEnded: 'Stille ronde op dit bord: de schrijftijd is voorbij; de notities van deelnemers zijn nog niet onthuld.',
  },
  revealed: 'De begeleider heeft de notities onthuld: iedereen ziet nu alle notities van de stille ronde.',
  dismiss: 'Melding sluiten',
  console: {
    heading: 'Stille ronde',
    intro: 'Tijdens een stille ronde ziet elke deelnemer alleen de eigen nieuwe notities. Bij het onthullen komen ze voor iedereen op het bord.',
    none: 'Op geen enkel bord loopt een stille ronde.',
    some: 'Stille ronde op {{count}} van {{total}} borden.',
    allBoards: 'Alle borden tegelijk',
    perGroup: 'Per groep',
    startAll: 'Starten op alle borden',
    endAll: 'Schrijftijd beëindigen op alle borden',
    revealAll: 'Onthullen op alle borden',
    start: 'Starten',
    resume: 'Verder schrijven',
    end: 'Schrijftijd beëindigen',
    reveal: 'Onthullen',
    state: {
      idle: 'Geen ronde',
      running: 'Ronde {{round}} loopt',
      ended: 'Ronde {{round}}: schrijftijd voorbij, nog niet onthuld',
    },
    badge: 'Stille ronde',
    done: {
      startAll: 'Stille ronde gestart op alle borden.',
      endAll: 'Schrijftijd beëindigd op alle borden; de notities zijn nog niet onthuld.',
      revealAll: 'Notities onthuld op alle borden.',
      start: 'Stille ronde gestart bij {{name}}.',
      end: 'Schrijftijd beëindigd bij {{name}}.',
      reveal: 'Notities onthuld bij {{name}}.',
    },
  },
};
