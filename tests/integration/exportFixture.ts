import http from 'node:http';
import type { WorkshopCreated } from '../../shared/schemas/workshop.ts';
import { fillActionPoints, runPlenary, type GroupFill } from '../helpers/fillWorkshop.ts';
import type { TestServer } from '../helpers/testServer.ts';

/*
 * One workshop for the export tests, filled through the real channels: Dutch text, hostile
 * text (HTML, formula injection) and a very long body, votes, an amendment, a parked point and
 * one without a decision.
 */

export const LONG_BODY = `${'Een lange toelichting over de aanpak van woonoverlast en discriminatie in de wijk. '.repeat(14)}Einde.`.slice(0, 1200);

export const AP = {
  a0: {
    title: 'Eén meldpunt voor woonoverlast',
    body: 'Bewoners weten niet waar ze terechtkunnen; één loket helpt.\nTweede regel met "aanhalingstekens" en ’apostrof’, ĳverig.',
    parties: ['gemeente', 'woningcorporatie'], lead: 'gemeente', timeframe: 'vóór de zomer',
  },
  a1: {
    title: '=HYPERLINK("http://evil.example","klik")',
    body: '<script>alert("x")</script> & <img src=x onerror=alert(1)>; -2+3',
    parties: ['politie'], otherParty: '+31 Buurtbemiddeling', lead: '+31 Buurtbemiddeling', timeframe: '-1 maand',
  },
  b0: {
    title: 'Casusoverleg per wijk',
    body: LONG_BODY,
    parties: ['antidiscriminatievoorziening', 'politie'], lead: 'antidiscriminatievoorziening', timeframe: 'binnen een jaar',
  },
  b1: {
    title: '@team: training voor wijkagenten',
    body: 'Tab\tin de tekst',
    parties: ['politie'], lead: 'politie', timeframe: 'direct',
  },
} satisfies Record<string, GroupFill['actionPoints'][number]>;

export const AMENDED = 'Casusoverleg per wijk, elke maand; met ĳver.';

export interface FilledWorkshop {
  workshop: WorkshopCreated;
  key: (group: 0 | 1, slot: 0 | 1) => string;
}

/** Creates and fills the workshop: group A submits, group B leaves its points as drafts. */
export async function filledWorkshop(server: TestServer): Promise<FilledWorkshop> {
  const workshop = await server.createWorkshop('Werkconferentie ĳsselstreek: “wonen”', ['Groep Noord – ĳssel', 'Groep <b>Zuid</b>']);
  const key = (group: 0 | 1, slot: 0 | 1) => `${workshop.groups[group]!.id}:${slot}`;
  await fillActionPoints(server, workshop, [
    { actionPoints: [AP.a0, AP.a1], submit: true },
    { actionPoints: [AP.b0, AP.b1] },
  ]);
  await runPlenary(server, workshop, {
    votes: { [key(0, 0)]: 3, [key(1, 0)]: 5, [key(0, 1)]: 1 },
    decisions: [
      { apKey: key(0, 0), status: 'adopted' },
      { apKey: key(1, 0), status: 'amended', text: AMENDED },
      { apKey: key(0, 1), status: 'parked' },
    ],
  });
  return { workshop, key };
}

/**
 * GET with a bearer token; the body as bytes. Each request opens its own connection (no
 * keep-alive): a test that blocks the event loop for seconds (building a full board in this
 * process) would otherwise race the server's idle timeout on a reused socket (ECONNRESET).
 */
export function download(server: TestServer, path: string, token?: string) {
  return new Promise<{ status: number; headers: Headers; body: Buffer; text: string }>((resolve, reject) => {
    const req = http.get(`${server.url}${path}`, { agent: false, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        resolve({ status: res.statusCode ?? 0, headers, body, text: body.toString('utf8') });
      });
    });
    req.on('error', reject);
  });
}
