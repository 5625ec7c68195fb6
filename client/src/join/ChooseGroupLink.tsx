import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { heldPageToken } from '../auth/tokens.ts';
import { Link } from '../router/Link.tsx';
import { chooseGroupPath } from './chooseGroup.ts';

/**
 * "Join another group", on a board this tab reached through the join link: opening that link
 * again comes straight back here (join/resumeJoin.ts), so this is the way to the group choice.
 * Nothing for a board opened from a group link: its holder has no join token to choose with.
 */
export function ChooseGroupLink({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const [joined] = useState(() => heldPageToken(workshopId, 'join') !== undefined);
  if (!joined) return null;
  return <Link className="board-header__switch" href={chooseGroupPath(workshopId)}>{t('join.chooseAnother')}</Link>;
}
