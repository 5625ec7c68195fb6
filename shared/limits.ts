/** Limits that both sides know, so the UI can say so before the server refuses. */
export const Limits = {
  titleLength: 120,
  groupNameLength: 60,
  maxGroups: 24,
  displayNameLength: 40,
  /** Largest single WebSocket frame the board channel accepts, in bytes. */
  maxFrameBytes: 2 * 1024 * 1024,
  /** Total encoded size of one board document (docs/board-schema.md, "Schema rules"). */
  maxDocBytes: 8 * 1024 * 1024,
  /** Largest JSON body of a REST call. */
  maxJsonBytes: 64 * 1024,
  noteTextLength: 2000,
  maxItems: 5000,
  /** Characters in a free text label on the board. */
  labelTextLength: 1000,
  /** Characters in a section's title. */
  sectionTitleLength: 120,
  /** Characters in the case card (the facilitator's case description). */
  caseTextLength: 4000,
  /** Points (x, y pairs) in one freehand stroke; a longer stroke is split by the pen tool. */
  maxStrokePoints: 2000,
  /** Arrows per board; each also counts towards maxItems. */
  maxArrows: 1000,
  /** Highest number of votes the facilitator may give each participant. */
  maxVotesPerPerson: 20,
  /** Stored vote slots (participants × votes each): caps what a ballot-stuffing client can write. */
  maxVoteEntries: 5000,
  /** Coordinates are clamped to ±boardExtent, so that a stray value cannot lose an item in space. */
  boardExtent: 1_000_000,
  /** Smallest and largest width or height of a sized item (note, label, shape, section). */
  minItemSize: 10,
  maxItemSize: 20_000,
  /** Action points (docs/board-schema.md): a short title, a few sentences, a party name. */
  actionTitleLength: 120,
  actionBodyLength: 1200,
  partyNameLength: 80,
  timeframeLength: 80,
  maxSourceNotes: 20,
  /** Session control (docs/api.md, control channel). */
  messageLength: 280,
  agendaSegments: 40,
  decisionTextLength: 1200,
  /** Bounds the stored plenary ballot: voter ids are random per laptop, so this is a sanity cap. */
  maxVoters: 2000,
  maxThemes: 50,
} as const;
