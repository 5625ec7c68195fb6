import { useTranslation } from 'react-i18next';
import type { UndoApi } from './useUndo.ts';

/**
 * "Ongedaan maken" and "Opnieuw" for a toolbar. Disabled buttons stay in place (and say so
 * to a screen reader) rather than disappearing, so the toolbar does not shift. What happened
 * is in `undo.last` (for buttons and shortcuts alike), for the caller to announce.
 */
export function UndoButtons({ undo }: { undo: UndoApi }) {
  const { t } = useTranslation();
  return (
    <div className="undo-buttons" role="group" aria-label={t('outline.undo.group')}>
      <button
        type="button" className="button button--small" aria-disabled={!undo.canUndo}
        aria-keyshortcuts="Control+Z" title={t('outline.undo.undoHint')}
        onClick={() => undo.canUndo && undo.undo()}
      >
        <span aria-hidden="true">↶ </span><span className="undo-buttons__label">{t('outline.undo.undo')}</span>
      </button>
      <button
        type="button" className="button button--small" aria-disabled={!undo.canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y" title={t('outline.undo.redoHint')}
        onClick={() => undo.canRedo && undo.redo()}
      >
        <span aria-hidden="true">↷ </span><span className="undo-buttons__label">{t('outline.undo.redo')}</span>
      </button>
    </div>
  );
}
