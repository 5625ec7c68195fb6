import { useTranslation } from 'react-i18next';
import type { ActionPointProblem } from '../../../shared/board/actionPointRules.ts';
import { fieldId, fieldOfProblem } from './problems.ts';

/** Moves focus to a problem's field (the first checkbox of a fieldset). */
function focusField(slot: number, problem: ActionPointProblem): void {
  const el = document.getElementById(fieldId(slot, fieldOfProblem[problem]));
  (el?.matches('fieldset') ? el.querySelector<HTMLElement>('input') : el)?.focus();
}

/**
 * What is still missing before the group can submit, one short line per action point
 * ("Actiepunt 2: titel · trekker · termijn"), each word a link to its field. Compact, so that
 * it does not push the panel's fields away (issue 10); a screen reader hears the full
 * sentence of every problem. Always shown while something is missing: it is a checklist, not
 * a reproach.
 */
export function ProblemSummary({ id, problems }: { id: string; problems: [ActionPointProblem[], ActionPointProblem[]] }) {
  const { t } = useTranslation();
  if (problems[0].length === 0 && problems[1].length === 0) {
    return <p id={id} className="ap-summary ap-summary--ready">{t('actionPoints.ready')}</p>;
  }
  return (
    <div id={id} className="ap-summary">
      <p className="ap-summary__title">{t('actionPoints.missingTitle')}</p>
      {problems.map((list, slot) => list.length > 0 && (
        <div key={slot} className="ap-summary__slot">
          <span className="ap-summary__slot-name" aria-hidden="true">{t('actionPoints.slot', { n: String(slot + 1) })}:</span>
          <ul className="ap-summary__list">
            {list.map((problem) => (
              <li key={problem} data-problem={problem}>
                <a href={`#${fieldId(slot, fieldOfProblem[problem])}`} onClick={(e) => {
                  e.preventDefault();
                  focusField(slot, problem);
                }}>
                  <span aria-hidden="true">{t(`actionPoints.problemShort.${problem}`)}</span>
                  <span className="visually-hidden" data-testid="problem-text">
                    {t('actionPoints.problemIn', { n: String(slot + 1), problem: t(`actionPoints.problems.${problem}`) })}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
