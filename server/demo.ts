import type { AgendaSegment } from '../shared/schemas/session.ts';
import type { WorkshopCreated } from '../shared/schemas/workshop.ts';
import { defaultSessionState } from './session/defaultSession.ts';
import { SESSION_STATE_KEY } from './session/SessionStore.ts';
import type { Storage } from './storage/Storage.ts';
import { createWorkshop } from './workshops.ts';

/** The programme of the first working conference; speakers are named by their role, never by name. */
export const DEMO_AGENDA: readonly AgendaSegment[] = [
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

/**
 * The demo workshop that a fresh data folder starts with, after the programme of the first
 * conference. The cases are invented; no real person's name appears.
 */
export const DEMO_WORKSHOP = {
  title: 'Werkconferentie Aanpak discriminatie in de woonomgeving',
  groups: [
    { name: 'Groep 1 – Burenruzie', case: 'Casus: een gezin krijgt al twee jaar racistische opmerkingen van de buren op de galerij. Meldingen bij de corporatie leveren weinig op.' },
    { name: 'Groep 2 – Portiekflat', case: 'Casus: een bewoner met een hoofddoek vindt steeds briefjes in de brievenbus; de politie ziet geen strafbaar feit.' },
    { name: 'Groep 3 – Nieuwbouwwijk', case: 'Casus: een buurtapp wordt gebruikt om een nieuw gezin zwart te maken; de gemeente weet niet wie het aanspreekpunt is.' },
    { name: 'Groep 4 – Dorpskern', case: 'Casus: na bemiddeling gaat het pesten door; beide partijen voelen zich niet gehoord.' },
  ],
} as const;

/** Creates the demo workshop, each board laid out with the workshop template and its case. */
export async function createDemoWorkshop(storage: Storage, base: string): Promise<WorkshopCreated> {
  const created = await createWorkshop(storage, {
    title: DEMO_WORKSHOP.title,
    groups: DEMO_WORKSHOP.groups.map((g) => g.name),
  }, base, DEMO_WORKSHOP.groups.map((g) => ({
    caseText: g.case,
    firstSectionNotes: ['Schrijf hier je eerste gedachte.'],
  })));
  // Stored before anyone opens it, as if the facilitator had set it before the day.
  const session = { ...defaultSessionState(), agenda: { segments: DEMO_AGENDA.map((s) => ({ ...s })), currentId: null } };
  await storage.setState(created.id, SESSION_STATE_KEY, JSON.stringify(session));
  return created;
}
