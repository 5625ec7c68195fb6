import type { Messages } from './types.ts';
import type { flowNl } from './flow.nl.ts';

/* English strings of flow.nl.ts. */
export const flowEn: Messages<typeof flowNl> = {
  date: {
    placeholder: 'dd/mm/yyyy',
    hint: 'Day/month/year, for example 12/03/2026.',
    invalid: 'This is not a date: type day/month/year, for example 12/03/2026.',
  },
  links: {
    localTitle: 'The links point at this computer',
    localDetail: 'The links and QR codes start with {{base}}: they work on this computer only, not on the laptops in the room. Start the server with HOST=0.0.0.0 (the links then use the network address) or set PUBLIC_URL to the address at which the room reaches the server.',
  },
  limited: 'You opened this page with the link of the role {{role}}: you see only what that role may do. Changing the details, exporting, replacing links and deleting are for the organiser only.',
  lock: {
    lock: 'Lock',
    unlock: 'Unlock',
  },
  ballot: {
    notFinal: 'Not on the ballot, not submitted yet: {{groups}}.',
    allFinal: 'Every group with action points has submitted: everything is on the ballot.',
    showResult: 'Result on the plenary screen',
    resultShown: 'The result is on the plenary screen.',
    resultHidden: 'The result was taken off the plenary screen.',
    result: 'Result of the ballot',
  },
  step: {
    offerReveal: 'The plenary screen does not show the groups yet. Show every group now?',
    revealAll: 'Show every group on the plenary screen',
  },
  decision: {
    original: 'Original text:',
    needsText: 'An amendment needs a new text that differs from the original action point.',
  },
  programme: {
    heading: 'Programme',
    hint: 'The programme of the day, as the facilitator and the plenary screen show it. New workshops start with a neutral programme: adjust its times and parts here, before the day.',
  },
  bookmark: {
    created: 'Workshop created',
    text: 'This is your organiser page. Bookmark it now (Ctrl+D, on a Mac ⌘D): the link in the address bar is the only way back to this workshop, also after a reload. It gives every right; do not share it.',
  },
  deleted: {
    title: 'This workshop was deleted',
    detail: 'The organiser erased the workshop with every board, action point and link from the server. This page shows none of its content any more and no longer works.',
    home: 'To the start page',
  },
};
