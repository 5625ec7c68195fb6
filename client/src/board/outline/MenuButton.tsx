import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { menuItemFor } from '../../components/menuKeys.ts';

export interface MenuChoice {
  key: string;
  label: string;
  /** Read after the label, e.g. what choosing it replaces. */
  description?: string;
  onSelect: () => void;
}

/**
 * A menu button (WAI-ARIA APG "menu button" pattern): "Verplaats naar…", "Maak actiepunt…".
 * Enter, Space or ArrowDown on the button opens the menu on its first item, ArrowUp on its
 * last; inside, ArrowDown/ArrowUp (wrapping), Home and End move focus, Enter or Space
 * chooses, Escape closes and returns focus to the button, and Tab or a click elsewhere closes
 * it. After a choice the caller moves focus where the result is.
 */
export function MenuButton({ label, hidden, choices, disabled = false }: {
  label: ReactNode;
  /** Extra words for screen readers, e.g. which note. */
  hidden?: string;
  choices: MenuChoice[];
  disabled?: boolean;
}) {
  // null: closed; otherwise the index of the item that should have focus.
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;
  const menuId = useId();
  const buttonId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (active === null) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  const close = (refocus: boolean) => {
    setActive(null);
    if (refocus) button.current?.focus();
  };

  function onButtonKeyDown(event: KeyboardEvent) {
    if (disabled || choices.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? 0 : choices.length - 1);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    if (active === null) return;
    const next = menuItemFor(event.key, active, choices.length);
    if (next !== undefined) {
      event.preventDefault();
      setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      // The menu goes away under the focus: put it on the button first, so that Tab's own
      // move goes on from there instead of from the top of the page.
      close(true);
    }
  }

  // Focus leaving the whole widget (a click elsewhere, Shift+Tab) closes the menu.
  function onBlur(event: FocusEvent<HTMLDivElement>) {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setActive(null);
  }

  return (
    <div className="disclosure" onBlur={onBlur}>
      <button
        ref={button} id={buttonId} type="button" className="button button--secondary button--small"
        aria-haspopup="menu" aria-expanded={open} aria-controls={open ? menuId : undefined} aria-disabled={disabled || undefined}
        onClick={() => !disabled && (open ? close(false) : setActive(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}{hidden && <span className="visually-hidden"> {hidden}</span>}
        <span aria-hidden="true" className="disclosure__chevron">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul ref={menu} id={menuId} role="menu" aria-labelledby={buttonId} className="disclosure__list" onKeyDown={onMenuKeyDown}>
          {choices.map((c, i) => (
            <li key={c.key} role="none">
              <button
                type="button" role="menuitem" tabIndex={i === active ? 0 : -1} className="disclosure__choice"
                onClick={() => {
                  setActive(null);
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
