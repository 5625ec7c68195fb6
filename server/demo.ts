import type { WorkshopCreated } from '../shared/schemas/workshop.ts';
import type { Storage } from './storage/Storage.ts';
import { createWorkshop } from './workshops.ts';

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
  return createWorkshop(storage, {
    title: DEMO_WORKSHOP.title,
    groups: DEMO_WORKSHOP.groups.map((g) => g.name),
  }, base, DEMO_WORKSHOP.groups.map((g) => ({
    caseText: g.case,
    firstSectionNotes: ['Schrijf hier je eerste gedachte.'],
  })));
}
