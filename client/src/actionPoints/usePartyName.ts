import { useTranslation } from 'react-i18next';
import { Party } from '../../../shared/board/actionPointRules.ts';

/** How a party shows: the usual ones translated, another party as typed. */
export function usePartyName(): (party: string) => string {
  const { t } = useTranslation();
  return (party) => ((Party as readonly string[]).includes(party) ? t(`parties.${party as Party}`) : party);
}
