import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wasJustCreated } from './justCreated.ts';

/**
 * Tells the organiser to bookmark this page: its address holds the organiser token, and no
 * account brings it back. Right after creating, it also says that it worked, and takes focus
 * so that a screen reader says so.
 */
export function BookmarkNotice() {
  const { t } = useTranslation();
  const [created] = useState(wasJustCreated);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (created) heading.current?.focus();
  }, [created]);
  return (
    <div className="notice notice--warning organiser-bookmark" data-testid="bookmark-notice">
      {created && <h2 ref={heading} tabIndex={-1} className="organiser-bookmark__title">{t('flow.bookmark.created')}</h2>}
      <p>{t('flow.bookmark.text')}</p>
    </div>
  );
}
