import type { PlenaryActionPoint, PlenarySnapshot } from '../../../shared/schemas/plenary.ts';

/** An action point together with its group, as lists across groups need it. */
export interface ListedActionPoint extends PlenaryActionPoint {
  groupId: string;
  groupName: string;
}

/** Every action point that is not empty, in group order. */
export function liveActionPoints(snapshot: PlenarySnapshot | undefined): ListedActionPoint[] {
  if (!snapshot) return [];
  return snapshot.groups.flatMap((g) => g.actionPoints
    .filter((ap) => ap.state !== 'empty')
    .map((ap) => ({ ...ap, groupId: g.id, groupName: g.name })));
}

/** Finds one action point of the snapshot by its key. */
export function findActionPoint(snapshot: PlenarySnapshot | undefined, apKey: string): ListedActionPoint | undefined {
  for (const g of snapshot?.groups ?? []) {
    const ap = g.actionPoints.find((a) => a.apKey === apKey);
    if (ap) return { ...ap, groupId: g.id, groupName: g.name };
  }
  return undefined;
}
