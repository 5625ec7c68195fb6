import { useTranslation } from 'react-i18next';
import type { ActionPointProblem } from '../../../shared/board/actionPointRules.ts';
import { fieldId, fieldOfProblem } from './problems.ts';

/**
 * What is still missing before the group can submit, per action point, each a link to its
 * field. Always shown while something is missing: it is a checklist, not a reproach.
 */
export function ProblemSummary({ id, problems }: { id: string; problems: [ActionPointProblem[], ActionPointProblem[]] }) {
  const { t } = useTranslation();
  if (problems[0].length === 0 && problems[1].length === 0) {
    return <p id={id} className="ap-summary ap-summary--ready">{t('actionPoints.ready')}</p>;
  }
  return (
    <div id={id} className="ap-summary">
      <p className="ap-summary__title">{t('actionPoints.missingTitle')}</p>
      <ul className="ap-summary__list">
        {problems.flatMap((list, slot) => list.map((problem) => (
          <li key={`${slot}-${problem}`} data-problem={problem}>
            <a href={`#${fieldId(slot, fieldOfProblem[problem])}`} onClick={(e) => {
              e.preventDefault();
              const el = document.getElementById(fieldId(slot, fieldOfProblem[problem]));
              (el?.matches('fieldset') ? el.querySelector<HTMLElement>('input') : el)?.focus();
            }}>
              {t('actionPoints.problemIn', { n: String(slot + 1), problem: t(`actionPoints.problems.${problem}`) })}
            </a>
          </li>
        )))}
      </ul>
    </div>
  );
}
