import type { z } from 'zod';
import type { clientEventSchemas } from '../../shared/schemas/control.ts';
import { ballotMine, ballotSet, ballotVote, decisionSet, themeMerge, themeSplit } from './ballotCommands.ts';
import { brainstormSet } from './brainstormCommands.ts';
import type { Command, CommandEvent } from './command.ts';
import {
  actionStepSet, agendaNow, agendaSet, lockSet, messageClear, messageSend, plenaryJoinQr, plenaryResult,
  plenaryReveal, plenarySpotlight, timerAdjust, timerPause, timerPensDown, timerReset,
  timerResume, timerStart,
} from './controlCommands.ts';
import type { SessionRule } from './policy.ts';

type Payload<E extends CommandEvent> = z.infer<(typeof clientEventSchemas)[E]>;

/** Every session event that changes (or reads) the session state: who may send it, what it does. */
export const sessionCommands: { [E in CommandEvent]: { rule: SessionRule; run: Command<Payload<E>> } } = {
  'agenda:set': { rule: 'control', run: agendaSet },
  'agenda:now': { rule: 'control', run: agendaNow },
  'timer:start': { rule: 'control', run: timerStart },
  'timer:pause': { rule: 'control', run: timerPause },
  'timer:resume': { rule: 'control', run: timerResume },
  'timer:adjust': { rule: 'control', run: timerAdjust },
  'timer:reset': { rule: 'control', run: timerReset },
  'timer:pensDown': { rule: 'control', run: timerPensDown },
  'message:send': { rule: 'control', run: messageSend },
  'message:clear': { rule: 'control', run: messageClear },
  'lock:set': { rule: 'control', run: lockSet },
  'actionStep:set': { rule: 'control', run: actionStepSet },
  'plenary:reveal': { rule: 'control', run: plenaryReveal },
  'plenary:spotlight': { rule: 'control', run: plenarySpotlight },
  'plenary:joinQr': { rule: 'control', run: plenaryJoinQr },
  'plenary:result': { rule: 'control', run: plenaryResult },
  'ballot:set': { rule: 'control', run: ballotSet },
  'decision:set': { rule: 'control', run: decisionSet },
  'theme:merge': { rule: 'control', run: themeMerge },
  'theme:split': { rule: 'control', run: themeSplit },
  'brainstorm:set': { rule: 'control', run: brainstormSet },
  'ballot:vote': { rule: 'vote', run: ballotVote },
  'ballot:mine': { rule: 'vote', run: ballotMine },
};
