import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from '../router/Link.tsx';

export interface PageLayoutProps {
  children: ReactNode;
  /** Shown in the header between the brand and the language switch. */
  headerContent?: ReactNode;
  /** Link the brand to the home page (not for participants, for whom home means nothing). */
  brandLinksHome?: boolean;
  width?: 'narrow' | 'wide' | 'full';
  className?: string;
}

/** The frame of every page: skip link, header with brand and language switch, one `<main>`. */
export function PageLayout({ children, headerContent, brandLinksHome = false, width = 'wide', className }: PageLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className={`page page--${width} ${className ?? ''}`}>
      <a className="skip-link" href="#main">{t('layout.skipToContent')}</a>
      <header className="app-header">
        {brandLinksHome
          ? <Link className="brand" href="/">Werkbord</Link>
          : <span className="brand">Werkbord</span>}
        <div className="app-header__content">{headerContent}</div>
        <LanguageSwitch />
      </header>
      <main id="main" className="page__main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
