import { useTranslation } from 'react-i18next';
import { brainstormFor } from '../../../../shared/schemas/brainstorm.ts';
import type { Group } from '../../../../shared/schemas/workshop.ts';
import { paths } from '../../router/routes.ts';
import { apStatusOf, apStatusText } from './apStatus.ts';
import { BoardThumbnail } from './BoardThumbnail.tsx';
import { useConsole } from './ConsoleContext.ts';
import { useBoardThumbnail } from './useBoardThumbnail.ts';

/** One group at a glance: thumbnail, people online, notes, action points, its lock. */
export function GroupCard({ group, online }: { group: Group; online: number }) {
  const { t } = useTranslation();
  const { workshop, token, session, snapshot, run } = useConsole();
  const thumb = useBoardThumbnail(workshop.id, group.id, token);
  const summary = snapshot?.groups.find((g) => g.id === group.id);
  const { locks } = session.state;
  const locked = locks.all || locks.groups.includes(group.id);
  const status = apStatusOf(summary);
  const noteCount = summary?.noteCount ?? thumb?.noteCount ?? 0;
  const headingId = `group-${group.id}-name`;
  return (
    <li className={`group-card${locked ? ' group-card--locked' : ''}`} data-group-id={group.id}>
      <div className="group-card__head">
        <h3 id={headingId} className="group-card__name">{group.name}</h3>
        {locked && <span className="badge badge--locked">{t('console.groups.locked')}</span>}
        {brainstormFor(session.state.brainstorm, group.id).active && <span className="badge badge--brainstorm" data-testid="brainstorm-badge">{t('silentRound.console.badge')}</span>}
      </div>
      <BoardThumbnail thumb={thumb} groupName={group.name} />
      <dl className="group-card__facts">
        <div><dt>{t('console.groups.online')}</dt><dd data-fact="online">{online}</dd></div>
        <div><dt>{t('console.groups.notes')}</dt><dd data-fact="notes">{noteCount}</dd></div>
        <div>
          <dt>{t('console.groups.actionPoints')}</dt>
          <dd data-fact="actionPoints" data-status={status}>
            <span className={`ap-status ap-status--${status}`}>{apStatusText(t, summary)}</span>
          </dd>
        </div>
      </dl>
      <div className="group-card__actions">
        <a
          className="button button--secondary button--small" target="_blank" rel="noopener noreferrer"
          href={`${paths.board(workshop.id, group.id)}#t=${encodeURIComponent(token)}`}
        >
          {t('groups.openBoard')}
          <span className="visually-hidden">: {group.name} {t('console.newTab')}</span>
        </a>
        {/* Says what a press will do; aria-pressed (and the badge above) say whether it is locked now. */}
        <button
          type="button" className="button button--secondary button--small lock-toggle" aria-pressed={locked}
          disabled={locks.all} data-testid="lock-toggle"
          onClick={() => void run('lock:set', { groupId: group.id, locked: !locked },
            t(locked ? 'console.locks.unlockedOne' : 'console.locks.lockedOne', { name: group.name }))}
        >
          {locked ? t('flow.lock.unlock') : t('flow.lock.lock')}<span className="visually-hidden">: {group.name}</span>
        </button>
        {summary?.submitted && (
          <button
            type="button" className="button button--secondary button--small"
            onClick={() => void run('actionPoints:reopen', { groupId: group.id }, t('console.groups.reopened', { name: group.name }))}
          >
            {t('console.groups.reopen')}<span className="visually-hidden">: {group.name}</span>
          </button>
        )}
      </div>
    </li>
  );
}
