import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/QrCode.tsx';

/** The join QR code over the whole screen, for latecomers and the start of the day. */
export function JoinQrOverlay({ link }: { link: string }) {
  const { t } = useTranslation();
  return (
    <section className="beamer-overlay join-overlay" aria-labelledby="join-overlay-heading">
      <QrCode className="join-overlay__qr" value={link} alt={t('plenary.qrAlt')} size={900} />
      <div className="join-overlay__text">
        <h2 id="join-overlay-heading" className="join-overlay__heading">{t('plenary.join')}</h2>
        <p className="join-overlay__hint">{t('plenary.joinHint')}</p>
        <p className="join-overlay__url">{link}</p>
      </div>
    </section>
  );
}
