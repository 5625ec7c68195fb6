import type { TextMeasure } from '../../../../shared/render/textWrap.ts';

/**
 * Measuring canvas text for wrapping (shared/render/textWrap.ts). Word widths are cached per font: a board redraws the
 * same words again and again, and measureText is the slow part of laying out text.
 */

const MAX_CACHED_WORDS = 20_000;
const widths = new Map<string, Map<string, number>>();

export interface Measurer extends TextMeasure {
  font: string;
}

/** A measurer for one font on a 2D context (sets ctx.font). */
export function measurer(ctx: CanvasRenderingContext2D, font: string): Measurer {
  let cache = widths.get(font);
  if (!cache) widths.set(font, (cache = new Map()));
  const words = cache;
  return {
    font,
    measure(text: string): number {
      let w = words.get(text);
      if (w === undefined) {
        if (ctx.font !== font) ctx.font = font;
        w = ctx.measureText(text).width;
        if (words.size > MAX_CACHED_WORDS) words.clear();
        words.set(text, w);
      }
      return w;
    },
  };
}
