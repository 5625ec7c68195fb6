import { useRef } from 'react';
import type { PlenaryGroup } from '../../../../shared/schemas/plenary.ts';
import { TILE_FIT } from './fitLevels.ts';
import { GroupTile } from './GroupTile.tsx';
import { gridColumns, gridRows } from './layout.ts';
import { useFitLevel } from './useFitLevel.ts';

/**
 * A tile per group, in a grid that fills the beamer without scrolling (one column that scrolls
 * on a phone). Line counts and type size follow the content, so that every tile shows its name
 * whole, both action points and their decisions, and no line is cut in half.
 */
export function TileGrid({ groups, spotlitKey }: { groups: readonly PlenaryGroup[]; spotlitKey: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useFitLevel(ref, TILE_FIT, groups);
  return (
    <div
      ref={ref}
      className={`beamer__grid beamer__grid--c${gridColumns(groups.length)} beamer__grid--r${Math.min(gridRows(groups.length), 4)}`}
      data-groups={groups.length}
    >
      {groups.map((g) => <GroupTile key={g.id} group={g} spotlitKey={spotlitKey} />)}
    </div>
  );
}
