import type { TFunction } from 'i18next';
import type { LinksRotated, RotateInput } from '../../../shared/schemas/organiser.ts';
import type { Group } from '../../../shared/schemas/workshop.ts';

/** One link the organiser can replace: a role's, or one group's. */
export interface RotateTarget {
  key: string;
  name: string;
  input: RotateInput;
  /** Which other links go with it (they derive from this one; docs/api.md, "Rotating links"). */
  alsoReplaced: string;
}

/** Every link of the workshop, in the order of the link list. */
export function rotateTargets(t: TFunction, groups: readonly Group[]): RotateTarget[] {
  const role = (r: 'organiser' | 'facilitator' | 'plenary' | 'join'): RotateTarget => ({
    key: r, name: t(`links.${r}.title`), input: { role: r }, alsoReplaced: t(`organiser.rotate.cascade.${r}`),
  });
  return [
    role('organiser'), role('facilitator'), role('plenary'), role('join'),
    ...groups.map((g) => ({
      key: `g:${g.id}`, name: g.name, input: { role: 'participant' as const, groupId: g.id }, alsoReplaced: t('organiser.rotate.cascade.participant'),
    })),
  ];
}

/** The new link of `input` in a rotation's reply. */
export function newLinkOf(result: LinksRotated, input: RotateInput): string | undefined {
  if (input.role === 'participant') return input.groupId ? result.links.groups[input.groupId] : undefined;
  return result.links[input.role];
}
