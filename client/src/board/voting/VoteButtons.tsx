import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** How the item is called to a screen reader, e.g. "notitie 2 in Ideeën". */
  itemLabel: string;
  count: number;
  mine: number;
  left: number;
  disabled?: boolean;
  onVote: () => void;
  onRetract: () => void;
}

/**
 * A vote count with "Stem" and "Stem terugnemen" for one item. The count is read out with
 * the buttons (aria-describedby); the buttons keep their place when they cannot be used
 * (aria-disabled), so keyboard users do not lose their way.
 */
export function VoteButtons({ itemLabel, count, mine, left, disabled = false, onVote, onRetract }: Props) {
  const { t } = useTranslation();
  const countId = useId();
  const canVote = !disabled && left > 0;
  const canRetract = !disabled && mine > 0;
  return (
    <div className="vote-buttons">
      <span id={countId} className="vote-buttons__count" data-votes={count}>
        <span aria-hidden="true" className="vote-buttons__dots">{'●'.repeat(Math.min(count, 10))}{count > 10 ? '+' : ''}</span>
        {' '}{t('outline.votes.count', { count })}
        {mine > 0 && <> {t('outline.votes.mine', { count: mine })}</>}
      </span>
      <button
        type="button" className="button button--secondary button--small" aria-disabled={!canVote}
        aria-describedby={countId} onClick={() => canVote && onVote()}
      >
        {t('outline.votes.vote')}<span className="visually-hidden"> {t('outline.votes.on', { item: itemLabel })}</span>
      </button>
      <button
        type="button" className="button button--ghost button--small" aria-disabled={!canRetract}
        aria-describedby={countId} onClick={() => canRetract && onRetract()}
      >
        {t('outline.votes.retract')}<span className="visually-hidden"> {t('outline.votes.on', { item: itemLabel })}</span>
      </button>
    </div>
  );
}
