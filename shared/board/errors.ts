/** The limits a board mutation can hit; each names a key of `Limits` (shared/limits.ts). */
export type BoardLimit =
  | 'maxItems'
  | 'noteTextLength'
  | 'labelTextLength'
  | 'sectionTitleLength'
  | 'caseTextLength'
  | 'maxStrokePoints'
  | 'maxArrows'
  | 'maxVoteEntries';

/**
 * Thrown by a creating or updating function before it writes anything, so the document is
 * unchanged and the UI can say which limit was reached.
 */
export class BoardLimitError extends Error {
  constructor(readonly limit: BoardLimit) {
    super(`board limit reached: ${limit}`);
    this.name = 'BoardLimitError';
  }
}
