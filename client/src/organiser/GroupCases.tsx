import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import type { PresenceMember } from '../../../shared/schemas/control.ts';
import type { Group } from '../../../shared/schemas/workshop.ts';
import { Loading } from '../components/Status.tsx';
import { groupOnline } from '../control/groupPresence.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { Link } from '../router/Link.tsx';
import { failureText } from './errorText.ts';
import { organiserApi } from './organiserApi.ts';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; detail: string };

/** One group: its name, who is on its board, a link to the board, and its case text. */
function GroupCase({ workshopId, token, group, initial, href, online }: {
  workshopId: string; token: string; group: Group; initial: string; href: string | undefined; online: number | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(initial);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  async function save() {
    setState({ kind: 'saving' });
    try {
      await organiserApi.saveCase(workshopId, token, group.id, text);
      setState({ kind: 'saved' });
    } catch (err) {
      setState({ kind: 'failed', detail: failureText(t, err) });
    }
  }
  return (
    <li className="organiser-case">
      <div className="organiser-case__head">
        <h3 className="organiser-case__name">{group.name}</h3>
        {online !== undefined && <span className="group-list__online">{t('groups.online', { count: online })}</span>}
        {href && (
          <Link className="button button--secondary button--small" href={href}>
            {t('groups.openBoard')}<span className="visually-hidden">: {group.name}</span>
          </Link>
        )}
      </div>
      <label className="field__label" htmlFor={`${id}-case`}>{t('organiser.groups.caseLabel', { name: group.name })}</label>
      <textarea
        id={`${id}-case`} className="input organiser-case__text" rows={3} value={text} maxLength={Limits.caseTextLength}
        onChange={(e) => {
          setText(e.target.value);
          if (state.kind !== 'saving') setState({ kind: 'idle' });
        }}
      />
      <div className="organiser-actions">
        <button type="button" className="button button--secondary button--small" disabled={state.kind === 'saving'} onClick={save}>
          {state.kind === 'saving' ? t('organiser.groups.saving') : t('organiser.groups.save')}
          <span className="visually-hidden">: {group.name}</span>
        </button>
        <p className={`organiser-status${state.kind === 'failed' ? ' organiser-status--error' : ''}`} role="status">
          {state.kind === 'saved' && t('organiser.groups.saved', { name: group.name })}
          {state.kind === 'failed' && t('organiser.groups.failed', { detail: state.detail })}
        </p>
      </div>
    </li>
  );
}

/** Every group with its case text (the case card on its board) and a link to the board. */
export function GroupCases({ workshopId, token, groups, hrefOf, members }: {
  workshopId: string; token: string; groups: Group[]; hrefOf: (groupId: string) => string | undefined; members: PresenceMember[];
}) {
  const { t } = useTranslation();
  const cases = useAsync((signal) => organiserApi.cases(workshopId, token, signal), [workshopId, token]);
  if (cases.status === 'loading') return <Loading label={t('organiser.groups.loading')} />;
  if (cases.status === 'error') return <p className="notice notice--warning">{t('organiser.groups.loadFailed')}</p>;
  const textOf = new Map(cases.data.cases.map((c) => [c.groupId, c.text]));
  return (
    <ul className="organiser-cases">
      {groups.map((g) => (
        <GroupCase
          key={g.id} workshopId={workshopId} token={token} group={g} initial={textOf.get(g.id) ?? ''} href={hrefOf(g.id)}
          online={groupOnline(members, g.id)}
        />
      ))}
    </ul>
  );
}
