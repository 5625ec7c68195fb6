import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyField } from './CopyField.tsx';
import { QrCode } from './QrCode.tsx';
import { Link } from '../router/Link.tsx';

export interface LinkCardProps {
  title: string;
  description?: ReactNode;
  url: string;
  /** Text of the link that opens the page; none when omitted. */
  openLabel?: string;
  tone?: 'default' | 'sensitive';
  headingLevel?: 2 | 3;
}

/** One shareable link: what it is for, the URL with a copy button, a QR code, an open link. */
export function LinkCard({ title, description, url, openLabel, tone = 'default', headingLevel = 3 }: LinkCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`link-card link-card--${tone}`} aria-labelledby={headingId}>
      <div className="link-card__body">
        <Heading id={headingId} className="link-card__title">{title}</Heading>
        {description && <p className="link-card__description">{description}</p>}
        <CopyField label={t('links.fieldLabel', { name: title })} value={url} />
        {openLabel && <Link className="link-card__open" href={url}>{openLabel}</Link>}
      </div>
      <QrCode className="link-card__qr" value={url} alt={t('links.qrAlt', { name: title })} size={160} />
    </section>
  );
}
