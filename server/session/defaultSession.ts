import { SESSION_STATE_VERSION, type AgendaSegment, type SessionState } from '../../shared/schemas/session.ts';
import { idleTimer } from './timer.ts';

/**
 * The programme of the first working conference (the product brief), which every new workshop
 * starts with and the facilitator edits. Speakers are named by their role, never by name.
 */
export const DEFAULT_AGENDA: readonly AgendaSegment[] = [
  { id: 'ontvangst', start: '13:00', title: 'Ontvangst, met koffie en thee' },
  { id: 'welkom', start: '13:30', title: 'Welkom door de directeur van het bureau' },
  { id: 'ombudsman', start: '13:40', title: 'Bijdrage van de gemeentelijke ombudsman' },
  { id: 'platform', start: '14:05', title: 'Landelijk Platform Woonoverlast' },
  { id: 'pauze', start: '14:30', title: 'Pauze' },
  { id: 'casussen', start: '14:45', title: 'Voorbeeldcasussen' },
  { id: 'workshops', start: '15:00', title: 'Workshops in groepen' },
  { id: 'hoe-verder', start: '16:00', title: 'Van theorie naar praktijk, hoe verder?' },
  { id: 'afsluiting', start: '16:30', title: 'Afsluiting, met een drankje' },
];

export const DEFAULT_VOTES_PER_PERSON = 3;

export function defaultSessionState(): SessionState {
  return {
    version: SESSION_STATE_VERSION,
    agenda: { segments: DEFAULT_AGENDA.map((s) => ({ ...s })), currentId: null },
    timer: idleTimer(),
    message: null,
    locks: { all: false, groups: [] },
    actionStepOpen: false,
    plenary: { revealed: [], spotlight: null, showJoinQr: false },
    ballot: { open: false, votesPerPerson: DEFAULT_VOTES_PER_PERSON, votes: {} },
    decisions: {},
    themes: [],
    brainstorm: { active: false, round: 0 },
  };
}
