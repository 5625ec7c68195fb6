import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../shared/schemas/workshop.ts';
import { QrCode } from '../components/QrCode.tsx';
import { useFitWords } from '../hooks/useFitWords.ts';

/** Class on <html> while printing: the print stylesheet then shows the table cards only. */
const PRINT_CLASS = 'print-table-cards';

/** Prints only the table cards (organiser.css, `@media print`). */
function printTableCards(): void {
  const root = document.documentElement;
  root.classList.add(PRINT_CLASS);
  const done = () => root.classList.remove(PRINT_CLASS);
  window.addEventListener('afterprint', done, { once: true });
  window.print();
  // Chromium's print() returns once the dialog closes; Firefox fires afterprint.
  window.setTimeout(done, 1000);
}

/** A group's name on its card, scaled so that no word breaks in the middle (print sets its own size). */
function CardName({ name }: { name: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useFitWords(ref, name);
  return <p ref={ref} className="table-card__name">{name}</p>;
}

/**
 * A sheet of table cards, one per group: its name and a QR code straight to its board, for
 * the tables at the venue. On screen a preview; printed, two cards per A4 page.
 */
export function TableCards({ title, groups, hrefOf }: {
  title: string; groups: Group[]; hrefOf: (groupId: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="organiser-actions no-print">
        <button type="button" className="button button--primary" onClick={printTableCards}>
          {t('organiser.tableCards.print')}
        </button>
      </div>
      <ul className="table-cards" aria-label={t('organiser.tableCards.previewLabel')}>
        {groups.map((g) => {
          const href = hrefOf(g.id);
          return (
            <li key={g.id} className="table-card">
              <p className="table-card__workshop">{title}</p>
              <CardName name={g.name} />
              {href && <QrCode className="table-card__qr" value={href} alt={t('organiser.tableCards.qrAlt', { name: g.name })} size={480} />}
              <p className="table-card__scan">{t('organiser.tableCards.scan')}</p>
            </li>
          );
        })}
      </ul>
    </>
  );
}
