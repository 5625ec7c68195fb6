import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../shared/schemas/session.ts';
import { MoreLessButton } from '../../components/MoreLessButton.tsx';
import { useLineClamp } from '../../hooks/useLineClamp.ts';

/**
 * The facilitator's message on a group board, in at most two lines with "Meer" for the rest
 * (issue 10: a long message in full left a phone's canvas a quarter of the screen). The live
 * region is always in the page and holds the whole text, so a screen reader hears all of it
 * whether or not it is clamped; the toggle sits outside it, so it is not read out with every
 * new message. The beamer and the console show the message whole (MessageBanner).
 */
export function BoardMessage({ message }: { message: Message | null }) {
  const { t } = useTranslation();
  const id = useId();
  const textRef = useRef<HTMLParagraphElement>(null);
  const clamp = useLineClamp(textRef, message?.text ?? '');
  return (
    <div className={`message-banner session-bar__message board-message ${message ? '' : 'board-message--empty'}`}>
      <div className={message ? 'message-banner__text board-message__box' : 'board-message__box'}>
        <p
          id={id} ref={textRef} role="status" data-testid="board-message"
          className="board-message__text clamp clamp--2" data-expanded={clamp.expanded || undefined}
        >
          {message && (
            <>
              <span className="message-banner__label">{t('message.boardLabel')}</span> {message.text}
            </>
          )}
        </p>
        {message && <MoreLessButton clamp={clamp} controls={id} className="board-message__toggle" />}
      </div>
    </div>
  );
}
