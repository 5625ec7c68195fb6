import { useRef, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import { randomId } from '../../../shared/id.ts';
import type { WorkshopCreated } from '../../../shared/schemas/workshop.ts';
import { ApiError } from '../api/http.ts';
import { workshopApi } from '../api/workshops.ts';
import { GroupRowsField, type GroupRow } from './GroupRowsField.tsx';
import { validateWorkshop, type DraftErrors } from './validateWorkshop.ts';
import { AdminTokenField } from './AdminTokenField.tsx';

const ADMIN_KEY = 'werkbord:adminToken';

function storedAdminToken(): string {
  try {
    return sessionStorage.getItem(ADMIN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** The form that creates a workshop; hands the server's reply to `onCreated`. */
export function CreateWorkshopForm({ onCreated }: { onCreated: (w: WorkshopCreated) => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [rows, setRows] = useState<GroupRow[]>(() =>
    [1, 2, 3].map((n) => ({ key: randomId(6), name: t('home.defaultGroup', { n: String(n) }) })));
  const [errors, setErrors] = useState<DraftErrors>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [needsAdmin, setNeedsAdmin] = useState(false);
  const [adminToken, setAdminToken] = useState(storedAdminToken);
  const [adminRefused, setAdminRefused] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateWorkshop({ title, groups: rows.map((r) => r.name) });
    setErrors(checked.errors);
    setFailure(undefined);
    if (!checked.ok) {
      if (checked.errors.title) titleInput.current?.focus();
      else summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const token = adminToken.trim() || undefined;
      const created = await workshopApi.create({ title: title.trim(), groups: checked.groups }, token);
      if (token) {
        try { sessionStorage.setItem(ADMIN_KEY, token); } catch { /* kept in memory only */ }
      }
      onCreated(created);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) {
        setAdminRefused(needsAdmin && adminToken.trim() !== '');
        setNeedsAdmin(true);
        setFailure(undefined);
      } else {
        setFailure(createErrorText(t, err));
        summary.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form card" onSubmit={submit} noValidate aria-busy={busy}>
      <div ref={summary} tabIndex={-1} className="form__summary">
        {failure && <p className="error-panel" role="alert">{failure}</p>}
        {errors?.groups && <p className="visually-hidden" role="alert">{t(errors.groups)}</p>}
      </div>
      <div className="field">
        <label htmlFor="workshop-title" className="field__label">{t('home.titleLabel')}</label>
        <input
          id="workshop-title" ref={titleInput} className="input input--large" type="text" value={title}
          maxLength={Limits.titleLength} required autoComplete="off"
          placeholder={t('home.titlePlaceholder')}
          aria-invalid={errors?.title ? true : undefined}
          aria-describedby={errors?.title ? 'workshop-title-error' : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors?.title && <p id="workshop-title-error" className="field__error">{t(errors.title)}</p>}
      </div>
      <GroupRowsField rows={rows} errors={errors} onChange={setRows} newKey={() => randomId(6)} />
      {needsAdmin && (
        <AdminTokenField value={adminToken} onChange={setAdminToken} refused={adminRefused} />
      )}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('home.creating') : t('home.create')}
        </button>
      </div>
    </form>
  );
}

function createErrorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('errors.network.detail');
    if (err.status === 400) return t('home.errors.invalid', { detail: err.message });
    if (err.status === 413) return t('home.errors.tooLarge');
    if (err.status === 429) return t('home.errors.tooMany');
  }
  return t('errors.server.detail');
}
