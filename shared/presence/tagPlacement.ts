/** A name tag's wanted place and size, in any one coordinate system. */
export interface TagBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: TagBox, b: TagBox) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Places name tags so that none overlaps another: each keeps its wanted place unless a tag
 * placed before it is in the way; then it moves up (stacks above), by the blocking tag's
 * height plus `gap`, until it is free. Returns the y of each tag, in input order.
 */
export function stackTags(tags: readonly TagBox[], gap = 0): number[] {
  const placed: TagBox[] = [];
  return tags.map((tag) => {
    const box = { ...tag };
    // Each move goes above a blocking tag, so this ends after at most `placed.length` moves.
    for (let guard = 0; guard <= placed.length; guard++) {
      const blocker = placed.find((p) => overlaps(box, p));
      if (!blocker) break;
      box.y = blocker.y - box.h - gap;
    }
    placed.push(box);
    return box.y;
  });
}
