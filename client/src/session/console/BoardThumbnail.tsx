import { useTranslation } from 'react-i18next';
import type { Thumbnail } from './thumbnail.ts';

/** A tiny drawing of a board: sections, the case card, shapes and notes as coloured boxes. */
export function BoardThumbnail({ thumb, groupName }: { thumb: Thumbnail | undefined; groupName: string }) {
  const { t } = useTranslation();
  if (!thumb) return <div className="thumb thumb--loading" aria-hidden="true" />;
  if (thumb.boxes.length === 0) {
    return <div className="thumb thumb--empty"><span>{t('console.groups.emptyBoard')}</span></div>;
  }
  const { x, y, w, h } = thumb.view;
  return (
    <svg
      className="thumb" viewBox={`${x} ${y} ${w} ${h}`} preserveAspectRatio="xMidYMid meet"
      role="img" aria-label={t('console.groups.thumbnail', { name: groupName, count: thumb.noteCount })}
    >
      {thumb.boxes.map((b) => (
        <rect key={b.key} className={`thumb__box thumb__box--${b.kind} thumb__fill--${b.color}`} x={b.x} y={b.y} width={b.w} height={b.h} rx={b.kind === 'note' ? 6 : 2} />
      ))}
    </svg>
  );
}
