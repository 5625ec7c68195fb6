import { SESSION_STATE_VERSION, type AgendaSegment, type SessionState } from '../../shared/schemas/session.ts';
import { idleTimer } from './timer.ts';

/**
 * The programme every new workshop starts with: a neutral afternoon that the organiser or the
 * facilitator adapts before the day (organiser page, console). The demo workshop has the
 * first conference's programme instead (server/demo.ts).
 */
export const DEFAULT_AGENDA: readonly AgendaSegment[] = [
  { id: 'ontvangst', start: '13:00', title: 'Ontvangst' },
  { id: 'opening', start: '13:30', title: 'Welkom en opening' },
  { id: 'inleiding', start: '13:45', title: 'Inleiding' },
  { id: 'groepen', start: '14:15', title: 'Werken in groepen' },
  { id: 'pauze', start: '15:15', title: 'Pauze' },
  { id: 'plenair', start: '15:30', title: 'Plenaire terugkoppeling en stemronde' },
  { id: 'afsluiting', start: '16:15', title: 'Afsluiting' },
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
    plenary: { revealed: [], spotlight: null, showJoinQr: false, showResult: false },
    ballot: { open: false, votesPerPerson: DEFAULT_VOTES_PER_PERSON, votes: {} },
    decisions: {},
    themes: [],
    brainstorm: { rounds: 0, groups: {} },
  };
}
