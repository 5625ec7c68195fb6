import { parseApKey } from '../../shared/board/actionPointRules.ts';
import { Limits } from '../../shared/limits.ts';
import { amendsText } from '../../shared/text/amendment.ts';
import type {
  BallotMine, BallotSet, BallotVote, DecisionSet, ThemeMerge, ThemeSplit,
} from '../../shared/schemas/sessionEvents.ts';
import type { Decision } from '../../shared/schemas/session.ts';
import { done, draft, refuse, unknownGroup, type Command, type CommandContext, type CommandResult } from './command.ts';

/* The plenary's commands: ballot, votes, decisions and themes. */

function unknownApKey(ctx: CommandContext, apKey: string): CommandResult | undefined {
  const parsed = parseApKey(apKey);
  if (!parsed) return refuse('invalid_payload', `bad apKey "${apKey}"`);
  return unknownGroup(ctx, parsed.groupId);
}

export const ballotSet: Command<BallotSet> = (state, { open, votesPerPerson, clear }) => {
  const next = draft(state);
  next.ballot.open = open;
  if (votesPerPerson !== undefined) next.ballot.votesPerPerson = votesPerPerson;
  if (clear) next.ballot.votes = {};
  // Closing with votes keeps the result on the beamer (until hidden or a new round); it is not
  // wiped from the room's view the moment the vote ends.
  if (!open && state.ballot.open) next.plenary.showResult = Object.keys(next.ballot.votes).length > 0;
  if (open || clear) next.plenary.showResult = false;
  return done(next);
};

/**
 * One vote more or less. The limit per voter holds on the server; the reply tells the voter
 * its own votes, and nobody else ever learns them (the state sent out holds totals only).
 */
export const ballotVote: Command<BallotVote> = (state, { voterId, apKey, delta }, ctx) => {
  if (!state.ballot.open) return refuse('conflict', 'the ballot is closed');
  const bad = unknownApKey(ctx, apKey);
  if (bad) return bad;
  if (delta > 0 && ctx.liveApKeys && !ctx.liveApKeys.has(apKey)) {
    return refuse('not_found', `action point "${apKey}" is empty`);
  }
  const mine = state.ballot.votes[voterId] ?? {};
  const used = Object.values(mine).reduce((sum, n) => sum + n, 0);
  if (delta > 0 && used >= state.ballot.votesPerPerson) {
    return refuse('conflict', `no votes left (${state.ballot.votesPerPerson} per person)`);
  }
  if (delta < 0 && (mine[apKey] ?? 0) <= 0) return refuse('conflict', 'no vote to take back');
  if (!state.ballot.votes[voterId] && Object.keys(state.ballot.votes).length >= Limits.maxVoters) {
    return refuse('conflict', 'too many voters');
  }
  const next = draft(state);
  const votes = { ...mine, [apKey]: (mine[apKey] ?? 0) + delta };
  if (votes[apKey] === 0) delete votes[apKey];
  next.ballot.votes[voterId] = votes;
  return done(next, { votes });
};

/** Read-only: the asking voter's own votes, returned in the acknowledgement. */
export const ballotMine: Command<BallotMine> = (state, { voterId }) =>
  done(state, { votes: state.ballot.votes[voterId] ?? {} });

/** Records what the plenary decided; earlier decisions stay in the history. */
export const decisionSet: Command<DecisionSet> = (state, { apKey, status, text }, ctx) => {
  const bad = unknownApKey(ctx, apKey);
  if (bad) return bad;
  const original = ctx.originals?.get(apKey);
  if (status === 'amended' && text !== undefined && original !== undefined && !amendsText(text, original)) {
    return refuse('invalid_payload', 'an amendment must change the text of the action point');
  }
  const next = draft(state);
  const entry = { status, at: ctx.now, ...(status === 'amended' && text ? { text } : {}) };
  const decision: Decision = {
    status,
    ...(entry.text ? { text: entry.text } : {}),
    history: [...(state.decisions[apKey]?.history ?? []), entry],
  };
  next.decisions[apKey] = decision;
  return done(next);
};

/**
 * Merges action points into a new theme. A key that was in another theme moves; a theme left
 * with fewer than two keys is dissolved, since a theme of one is just the action point.
 */
export const themeMerge: Command<ThemeMerge> = (state, { apKeys, title }, ctx) => {
  for (const key of apKeys) {
    const bad = unknownApKey(ctx, key);
    if (bad) return bad;
  }
  const next = draft(state);
  const moving = new Set(apKeys);
  next.themes = next.themes
    .map((t) => ({ ...t, apKeys: t.apKeys.filter((k) => !moving.has(k)) }))
    .filter((t) => t.apKeys.length >= 2);
  if (next.themes.length >= Limits.maxThemes) return refuse('conflict', 'too many themes');
  const themeId = ctx.newId();
  next.themes.push({ id: themeId, title, apKeys: [...apKeys] });
  return done(next, { themeId });
};

export const themeSplit: Command<ThemeSplit> = (state, { themeId }) => {
  if (!state.themes.some((t) => t.id === themeId)) return refuse('not_found', `unknown theme "${themeId}"`);
  const next = draft(state);
  next.themes = next.themes.filter((t) => t.id !== themeId);
  return done(next);
};
