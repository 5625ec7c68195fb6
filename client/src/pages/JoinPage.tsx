import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopInfo } from '../../../shared/schemas/workshop.ts';
import { keepWorkshopInfo } from '../api/keptWorkshopInfo.ts';
import { workshopApi } from '../api/workshops.ts';
import { usePageToken } from '../auth/usePageToken.ts';
import { NameField } from '../components/NameField.tsx';
import { PageLayout } from '../components/PageLayout.tsx';
import { WorkshopDeleted } from '../components/WorkshopDeleted.tsx';
import { Loading } from '../components/Status.tsx';
import { pageErrorText } from '../components/errorText.ts';
import { useControlChannel } from '../control/useControlChannel.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useWorkshopDeleted } from '../session/useWorkshopDeleted.ts';
import { useWorkshopTitle } from '../session/useSession.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { isChoosingGroup } from '../join/chooseGroup.ts';
import { keepJoin, keptJoin } from '../join/keptJoin.ts';
import { navigate } from '../router/navigation.ts';
import { paths } from '../router/routes.ts';
import { PageFailure, TokenMissing } from './TokenMissing.tsx';

// Called by main.tsx before the first render: in this page's chunk, so that it adds no chunk.
export { resumeKeptJoin } from '../join/resumeJoin.ts';

/** `/w/:id/join#t=<join token>`: pick a group (and optionally a name), then go to its board. */
export function JoinPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const token = usePageToken(workshopId, 'join');
  const info = useAsync((signal) => (token ? workshopApi.info(workshopId, token, signal) : undefined), [workshopId, token]);
  useDocumentTitle(info.status === 'ok' ? info.data.title : t('join.documentTitle'));

  if (!token) return <TokenMissing />;
  if (info.status === 'error') return <PageFailure {...pageErrorText(t, info.error)} />;
  return (
    <PageLayout width="narrow">
      {info.status === 'loading'
        ? <Loading />
        : <JoinForm workshop={info.data} token={token} />}
    </PageLayout>
  );
}

function JoinForm({ workshop, token }: { workshop: WorkshopInfo; token: string }) {
  const { t } = useTranslation();
  // Back from a board to choose another group: the group this device is in starts checked
  // and focused, so the arrow keys move straight to another one.
  const [current] = useState(() => (isChoosingGroup() ? keptJoin(workshop.id, token)?.groupId : undefined));
  const [groupId, setGroupId] = useState(() => workshop.groups.find((g) => g.id === current)?.id);
  const currentRadio = useRef<HTMLInputElement>(null);
  useEffect(() => currentRadio.current?.focus(), []);
  const [missingGroup, setMissingGroup] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  // The control channel only to follow the title and hear that the workshop was deleted.
  const socket = useControlChannel(workshop.id, token);
  const deleted = useWorkshopDeleted(socket);
  const title = useWorkshopTitle(socket, workshop.title);
  useDocumentTitle(title);
  // The board's code loads while the participant picks a group, not after: on venue Wi-Fi
  // that is a second or more (npm run bench:venue). The router's import gets this same module.
  useEffect(() => {
    import('./BoardPage.tsx').catch(() => undefined); // a failure shows when the board page loads
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!groupId) {
      setMissingGroup(true);
      document.querySelector<HTMLInputElement>('input[name="group"]')?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const joined = await workshopApi.join(workshop.id, token, groupId);
      keepWorkshopInfo(`g:${joined.groupId}`, { ...workshop, role: 'participant', groupId: joined.groupId });
      // The next visit of this join link goes straight back to this board (join/resumeJoin.ts).
      keepJoin(workshop.id, token, joined);
      navigate(`${paths.board(workshop.id, joined.groupId)}#t=${encodeURIComponent(joined.token)}`);
    } catch (err) {
      setFailure(pageErrorText(t, err).detail);
      setBusy(false);
    }
  }

  if (deleted) return <WorkshopDeleted />;
  return (
    <>
      <div className="page-intro">
        <p className="eyebrow">{t('join.eyebrow')}</p>
        <h1>{title}</h1>
      </div>
      {workshop.groups.length === 0 ? (
        <p className="notice">{t('join.noGroups')}</p>
      ) : (
        <form className="form card" onSubmit={submit} noValidate aria-busy={busy}>
          {failure && <p className="error-panel" role="alert">{failure}</p>}
          <fieldset className="field" aria-describedby={missingGroup ? 'group-error' : undefined}>
            <legend className="field__label">{t('join.pickGroup')}</legend>
            <div className="choice-list">
              {workshop.groups.map((g) => (
                <label key={g.id} className="choice">
                  <input
                    type="radio" name="group" value={g.id} checked={groupId === g.id}
                    ref={g.id === current ? currentRadio : undefined}
                    onChange={() => { setGroupId(g.id); setMissingGroup(false); }}
                  />
                  <span className="choice__label">{g.name}</span>
                </label>
              ))}
            </div>
            {missingGroup && <p id="group-error" className="field__error" role="alert">{t('join.errors.pickGroup')}</p>}
          </fieldset>
          <NameField />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {busy ? t('join.joining') : t('join.submit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
