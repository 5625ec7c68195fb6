import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/roles.ts';
import { usePageToken } from '../auth/usePageToken.ts';
import { PageLayout } from '../components/PageLayout.tsx';
import { Loading } from '../components/Status.tsx';
import { pageErrorText } from '../components/errorText.ts';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';
import { useWorkshopAccess, type WorkshopAccess } from '../hooks/useWorkshopAccess.ts';
import { PageFailure, TokenMissing } from './TokenMissing.tsx';

/**
 * The frame shared by the organiser, facilitator and plenary pages: read the token, load the
 * workshop and its links, show errors; the page itself renders what it loaded.
 */
export function RoleLinksPage({ workshopId, scope, width = 'wide', className, children }: {
  workshopId: string;
  scope: Extract<Role, 'organiser' | 'facilitator' | 'plenary'>;
  width?: 'wide' | 'full';
  className?: string;
  children: (access: WorkshopAccess, token: string) => ReactNode;
}) {
  const { t } = useTranslation();
  // The organiser's link stays in the address bar: bookmarked, it is the way back (issue 10).
  const token = usePageToken(workshopId, scope, { keepInAddressBar: scope === 'organiser' });
  const access = useWorkshopAccess(workshopId, token);
  useDocumentTitle(access.status === 'ok' ? `${t(`roles.${scope}`)} · ${access.data.info.title}` : t(`roles.${scope}`));

  if (!token) return <TokenMissing />;
  if (access.status === 'error') return <PageFailure {...pageErrorText(t, access.error)} />;
  return (
    <PageLayout width={width} className={className}>
      {access.status === 'loading' ? <Loading /> : children(access.data, token)}
    </PageLayout>
  );
}
