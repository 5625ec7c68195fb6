import type * as Y from 'yjs';
import { addArrow } from '../shared/board/arrows.ts';
import { addTextLabel } from '../shared/board/labels.ts';
import { addNote, deleteItem, readNotes } from '../shared/board/notes.ts';
import { readBoard } from '../shared/board/readBoard.ts';
import type { ChangeOrigin } from '../shared/board/schema.ts';
import { addShape } from '../shared/board/shapes.ts';
import { addStroke } from '../shared/board/strokes.ts';
import { castVote } from '../shared/board/votes.ts';
import type { WorkshopCreated } from '../shared/schemas/workshop.ts';
import type { GroupFill, PlenaryInput } from '../tests/helpers/fillWorkshop.ts';

/*
 * The invented content of the demo workshop in use (no real person's or organisation's name):
 * the first board drawn on, each group's action points, and the plenary's votes, theme and
 * decisions. `npm run examples` and `npm run screenshots` both tell this one story.
 */

const local: ChangeOrigin = { kind: 'local' };

/** The first group's board: notes in the template's sections, an arrow, a shape, a label, a pen stroke. */
export function drawFirstBoard(doc: Y.Doc): void {
  // The demo board starts from the workshop template with a prompt note in the first section.
  for (const note of readNotes(doc)) deleteItem(doc, note.id, local);
  const [speelt, knelpunten, ideeen] = readBoard(doc).sections;
  const at = (section: { x: number; y: number } | undefined, dx: number, dy: number) =>
    ({ x: (section?.x ?? 0) + dx, y: (section?.y ?? 0) + dy });
  const a = addNote(doc, { ...at(speelt, 24, 64), text: 'Meldingen komen bij drie loketten binnen en niemand houdt het overzicht.' }, local);
  addNote(doc, { ...at(speelt, 24, 230), text: 'Bewoners durven niet te melden: bang voor escalatie.', color: 'pink' }, local);
  addNote(doc, { ...at(knelpunten, 24, 64), text: 'Corporatie ziet het als burenruzie, niet als discriminatie.', color: 'orange' }, local);
  const b = addNote(doc, { ...at(ideeen, 24, 64), text: 'Eén casusregisseur per wijk die alle meldingen bundelt.', color: 'green' }, local);
  addNote(doc, { ...at(ideeen, 24, 230), text: 'Wijkagent en corporatie samen op huisbezoek.', color: 'green' }, local);
  addNote(doc, { ...at(ideeen, 24, 396), text: 'Training ‘discriminatie herkennen’ voor medewerkers van de corporatie.', color: 'blue' }, local);
  addArrow(doc, { from: a, to: b, color: 'blue' }, local);
  // Dot votes of four participants (opaque voter ids, as the board makes them).
  for (const voter of ['voteraa1', 'voterbb2', 'votercc3', 'voterdd4']) castVote(doc, voter, b, local);
  for (const voter of ['voteraa1', 'voterbb2']) castVote(doc, voter, a, local);
  const ring = at(knelpunten, 10, 200);
  addShape(doc, { shape: 'ellipse', ...ring, w: 300, h: 200, fill: 'none' }, local);
  addTextLabel(doc, { x: ring.x + 60, y: ring.y + 70, text: 'Kansrijk!', color: 'red', fontSize: 32 }, local);
  const centre = at(speelt, 124, 134);
  const circle = Array.from({ length: 40 }, (_, i) => {
    const angle = (i / 39) * Math.PI * 2;
    return [centre.x + Math.cos(angle) * 130, centre.y + Math.sin(angle) * 95];
  }).flat();
  addStroke(doc, { points: circle, color: 'red', width: 5 }, local);
}

/** Each demo group's action points (group i gets fills[i]); the first three hand theirs in. */
export const DEMO_FILLS: GroupFill[] = [
  {
    draw: drawFirstBoard,
    submit: true,
    actionPoints: [
      {
        title: 'Eén casusregisseur per wijk',
        body: 'Meldingen van discriminatie en woonoverlast komen nu bij de corporatie, de politie en de gemeente binnen. Eén casusregisseur per wijk bundelt ze, houdt contact met de melder en roept de partners bij elkaar.',
        parties: ['gemeente', 'woningcorporatie', 'politie'], lead: 'gemeente', timeframe: 'vóór 1 januari',
      },
      {
        title: 'Training ‘discriminatie herkennen’',
        body: 'Medewerkers van corporaties en wijkagenten leren discriminatie te herkennen achter wat als burenruzie binnenkomt.',
        parties: ['woningcorporatie', 'politie', 'antidiscriminatievoorziening'], lead: 'antidiscriminatievoorziening', timeframe: 'binnen zes maanden',
      },
    ],
  },
  {
    submit: true,
    actionPoints: [
      {
        title: 'Meldpunt ook anoniem bereikbaar',
        body: 'Bewoners durven vaak niet te melden. Het meldpunt wordt ook anoniem bereikbaar, via telefoon en een formulier.',
        parties: ['antidiscriminatievoorziening', 'gemeente'], lead: 'antidiscriminatievoorziening', timeframe: 'dit najaar',
      },
      {
        title: 'Vast overleg per wijk',
        body: 'Eens per maand bespreken gemeente, corporatie en politie de lopende meldingen in de wijk.',
        parties: ['gemeente', 'woningcorporatie', 'politie'], lead: 'gemeente', timeframe: 'vanaf het eerste kwartaal',
      },
    ],
  },
  {
    submit: true,
    actionPoints: [
      {
        title: 'Casusoverleg bij elke melding',
        body: 'Elke melding krijgt binnen twee weken een casusoverleg met de betrokken partners; de melder hoort wat er gebeurt.',
        parties: ['gemeente', 'woningcorporatie', 'politie', 'antidiscriminatievoorziening'], lead: 'gemeente', timeframe: 'binnen drie maanden',
      },
      {
        title: 'Afspraken over buurtapps',
        body: 'Wijkagenten en beheerders van buurtapps maken afspraken over wat niet kan, en hoe een bericht wordt verwijderd.',
        parties: ['politie'], otherParty: 'Beheerders van buurtapps', lead: 'politie', timeframe: 'voor de zomer',
      },
    ],
  },
  {
    actionPoints: [
      {
        title: 'Nazorg na bemiddeling',
        body: 'Na een bemiddeling belt de bemiddelaar beide partijen na zes weken: is het gestopt?',
        parties: ['woningcorporatie'], otherParty: 'Buurtbemiddeling', lead: 'Buurtbemiddeling', timeframe: 'direct',
      },
      {
        title: 'Voorlichting in het dorpshuis',
        body: 'Een avond in het dorpshuis over wat discriminatie is en waar je terecht kunt.',
        parties: ['gemeente', 'antidiscriminatievoorziening'], lead: 'antidiscriminatievoorziening', timeframe: 'dit jaar',
      },
    ],
  },
];

/** The plenary of the demo workshop: votes, one theme, and a decision on every action point. */
export function demoPlenary(workshop: WorkshopCreated): PlenaryInput {
  const key = (g: number, slot: number) => `${workshop.groups[g]!.id}:${slot}`;
  return {
    votes: { [key(0, 0)]: 9, [key(2, 0)]: 6, [key(0, 1)]: 7, [key(1, 0)]: 5, [key(1, 1)]: 3, [key(2, 1)]: 2, [key(3, 0)]: 4, [key(3, 1)]: 1 },
    themes: [{ apKeys: [key(1, 1), key(2, 0)], title: 'Samen overleggen per wijk' }],
    decisions: [
      { apKey: key(0, 0), status: 'adopted' },
      { apKey: key(0, 1), status: 'amended', text: 'Medewerkers van corporaties, wijkagenten en medewerkers van het wijkteam volgen de training ‘discriminatie herkennen’; de antidiscriminatievoorziening verzorgt hem.' },
      { apKey: key(2, 0), status: 'adopted' },
      { apKey: key(1, 1), status: 'adopted' },
      { apKey: key(1, 0), status: 'adopted' },
      { apKey: key(3, 0), status: 'amended', text: 'Na een bemiddeling belt de bemiddelaar beide partijen na zes weken en na drie maanden.' },
      { apKey: key(2, 1), status: 'parked' },
      { apKey: key(3, 1), status: 'parked' },
    ],
  };
}
