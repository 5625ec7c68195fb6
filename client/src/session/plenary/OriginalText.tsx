import { useTranslation } from 'react-i18next';

/**
 * The text an amendment replaced: smaller and struck through under the new text, so the room
 * sees what changed. `<del>` says "deleted" to assistive technology; the hidden label says why.
 */
export function OriginalText({ title, body, className }: { title: string; body: string; className: string }) {
  const { t } = useTranslation();
  return (
    <p className={className} data-testid="original-text">
      <span className="visually-hidden">{t('flow.decision.original')} </span>
      <del>{body ? `${title} — ${body}` : title}</del>
    </p>
  );
}
