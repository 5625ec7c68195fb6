import { useTranslation } from 'react-i18next';
import type { Message } from '../../../shared/schemas/session.ts';

/**
 * The facilitator's message to every board and the beamer. The live region is always there
 * (a region that appears together with its text is often not read out), its text changes.
 */
export function MessageBanner({ message, className }: { message: Message | null; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`message-banner ${message ? '' : 'message-banner--empty'} ${className ?? ''}`} role="status">
      {message && (
        <p className="message-banner__text">
          <span className="message-banner__label">{t('message.label')}</span> {message.text}
        </p>
      )}
    </div>
  );
}
