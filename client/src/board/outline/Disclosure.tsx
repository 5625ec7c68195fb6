import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface DisclosureChoice {
  key: string;
  label: string;
  /** Read after the label, e.g. what choosing it replaces. */
  description?: string;
  onSelect: () => void;
}

/**
 * A button that shows a short list of choices (each a button) right below it: "Verplaats
 * naar…", "Maak actiepunt…". A disclosure, not an ARIA menu: Tab, Enter and a screen reader's
 * normal reading work on it without a custom key model. Opening moves focus to the first
 * choice; Escape closes it and returns focus to the button. After a choice the caller moves
 * focus where the result is.
 */
export function Disclosure({ label, hidden, choices, disabled = false }: {
  label: ReactNode;
  /** Extra words for screen readers, e.g. which note. */
  hidden?: string;
  choices: DisclosureChoice[];
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) list.current?.querySelector('button')?.focus();
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="disclosure" onKeyDown={onKeyDown}>
      <button
        ref={button} type="button" className="button button--secondary button--small"
        aria-expanded={open} aria-controls={open ? listId : undefined} aria-disabled={disabled || undefined}
        onClick={() => !disabled && setOpen((o) => !o)}
      >
        {label}{hidden && <span className="visually-hidden"> {hidden}</span>}
        <span aria-hidden="true" className="disclosure__chevron">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul ref={list} id={listId} className="disclosure__list">
          {choices.map((c) => (
            <li key={c.key}>
              <button
                type="button" className="disclosure__choice"
                onClick={() => {
                  setOpen(false);
                  c.onSelect();
                }}
              >
                {c.label}
                {c.description && <span className="disclosure__description"> {c.description}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
