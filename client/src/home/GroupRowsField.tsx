import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Limits } from '../../../shared/limits.ts';
import type { DraftErrors } from './validateWorkshop.ts';

export interface GroupRow {
  key: string;
  name: string;
}

interface Props {
  rows: GroupRow[];
  errors: DraftErrors | undefined;
  onChange: (rows: GroupRow[]) => void;
  newKey: () => string;
}

/** The editable list of group names: one labelled input per row, add and remove buttons. */
export function GroupRowsField({ rows, errors, onChange, newKey }: Props) {
  const { t } = useTranslation();
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusKey = useRef<string | null>(null);

  // After adding or removing a row, put focus somewhere sensible instead of losing it.
  useEffect(() => {
    if (focusKey.current) inputs.current.get(focusKey.current)?.focus();
    focusKey.current = null;
  }, [rows.length]);

  const update = (key: string, name: string) => onChange(rows.map((r) => (r.key === key ? { ...r, name } : r)));
  const add = () => {
    const key = newKey();
    focusKey.current = key;
    onChange([...rows, { key, name: '' }]);
  };
  const remove = (index: number) => {
    const next = rows.filter((_, i) => i !== index);
    focusKey.current = (next[index] ?? next[index - 1])?.key ?? null;
    onChange(next);
  };

  return (
    <fieldset className="field group-rows" aria-describedby={errors?.groups ? 'groups-hint groups-error' : 'groups-hint'}>
      <legend className="field__label">{t('home.groupsLabel')}</legend>
      <p id="groups-hint" className="field__hint">{t('home.groupsHint', { max: String(Limits.maxGroups) })}</p>
      <ol className="group-rows__list">
        {rows.map((row, index) => {
          const inputId = `group-${row.key}`;
          const error = errors?.rows[index];
          return (
            <li key={row.key} className="group-rows__row">
              <label htmlFor={inputId} className="visually-hidden">{t('home.groupName', { n: String(index + 1) })}</label>
              <input
                id={inputId}
                ref={(el) => { if (el) inputs.current.set(row.key, el); else inputs.current.delete(row.key); }}
                className="input" type="text" value={row.name} maxLength={Limits.groupNameLength}
                placeholder={t('home.groupPlaceholder', { n: String(index + 1) })}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${inputId}-error` : undefined}
                onChange={(e) => update(row.key, e.target.value)}
              />
              <button
                type="button" className="button button--ghost button--icon"
                onClick={() => remove(index)} disabled={rows.length <= 1}
              >
                <span aria-hidden="true">×</span>
                <span className="visually-hidden">{t('home.removeGroup', { n: String(index + 1), name: row.name.trim() || t('home.groupName', { n: String(index + 1) }) })}</span>
              </button>
              {error && <p id={`${inputId}-error`} className="field__error">{t(error)}</p>}
            </li>
          );
        })}
      </ol>
      {errors?.groups && <p id="groups-error" className="field__error">{t(errors.groups)}</p>}
      <button type="button" className="button button--secondary" onClick={add} disabled={rows.length >= Limits.maxGroups}>
        {t('home.addGroup')}
      </button>
    </fieldset>
  );
}
