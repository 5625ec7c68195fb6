import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { StandardFonts, type PDFDocument, type PDFFont } from 'pdf-lib';

/*
 * The PDF's fonts. pdf-lib's standard fonts speak WinAnsi only, which lacks "ĳ" and much
 * else a participant may type; so we embed DejaVu Sans (the dejavu-fonts-ttf package), subset
 * to the characters used. Should the font files be missing, the standard Helvetica is used and
 * every character outside WinAnsi is transliterated (ĳ → ij) or replaced by "?" (docs/api.md).
 */

export interface PdfFonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Makes `text` drawable in these fonts (characters they lack become "?"). */
  safe(text: string): string;
  /** Width of `text` at `size`; cached per character, so large boards stay fast. */
  width(text: string, size: number, bold?: boolean): number;
}

let dejaVu: { regular: Uint8Array; bold: Uint8Array } | null | undefined;

function loadDejaVu(): { regular: Uint8Array; bold: Uint8Array } | null {
  if (dejaVu !== undefined) return dejaVu;
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    dejaVu = { regular: readFileSync(join(dir, 'DejaVuSans.ttf')), bold: readFileSync(join(dir, 'DejaVuSans-Bold.ttf')) };
  } catch {
    dejaVu = null;
  }
  return dejaVu;
}

/** Transliterations for the WinAnsi fallback. */
const TRANSLITERATE: Record<string, string> = {
  'ĳ': 'ij', 'Ĳ': 'IJ', '\u2212': '-', '\u2010': '-', '\u2011': '-', '\u00a0': ' ', '\u202f': ' ', '\u2009': ' ',
};

/**
 * Every OpenType feature fontkit would apply, left off: it shapes each drawText through them
 * (kerning and mark lookups over every glyph), which was most of the time of a board drawn
 * in tiles, tens of thousands of note lines. Plain Latin text needs none of them: `safe()`
 * composes accents first (NFC, so "e" + U+0301 prints as the one glyph "é"), and `width()`
 * measures without kerning, so a line drawn is exactly as wide as it was measured.
 */
const PLAIN = Object.fromEntries([
  'rvrn', 'ltra', 'ltrm', 'frac', 'numr', 'dnom', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk',
  'calt', 'clig', 'liga', 'rclt', 'curs', 'kern',
].map((tag) => [tag, false]));

/** Embeds the fonts into `pdf`. */
export async function embedFonts(pdf: PDFDocument): Promise<PdfFonts> {
  const files = loadDejaVu();
  let regular: PDFFont;
  let bold: PDFFont;
  if (files) {
    pdf.registerFontkit(fontkit);
    regular = await pdf.embedFont(files.regular, { subset: true, features: PLAIN });
    bold = await pdf.embedFont(files.bold, { subset: true, features: PLAIN });
  } else {
    regular = await pdf.embedFont(StandardFonts.Helvetica);
    bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  }
  const supported = new Set(regular.getCharacterSet());
  const boldSupported = new Set(bold.getCharacterSet());
  const safeChar = (ch: string): string => {
    const code = ch.codePointAt(0)!;
    if (supported.has(code) && boldSupported.has(code)) return ch;
    const mapped = TRANSLITERATE[ch] ?? ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    return [...mapped].every((c) => supported.has(c.codePointAt(0)!)) && mapped ? mapped : '?';
  };
  const charCache = new Map<string, string>();
  const widths = [new Map<string, number>(), new Map<string, number>()];
  return {
    regular,
    bold,
    safe(text) {
      let out = '';
      for (const ch of text.normalize('NFC')) {
        if (ch === '\n') { out += ch; continue; }
        if (ch < ' ') continue;
        let safe = charCache.get(ch);
        if (safe === undefined) {
          safe = safeChar(ch);
          charCache.set(ch, safe);
        }
        out += safe;
      }
      return out;
    },
    width(text, size, isBold = false) {
      const cache = widths[isBold ? 1 : 0]!;
      const font = isBold ? bold : regular;
      let units = 0;
      for (const ch of text) {
        let w = cache.get(ch);
        if (w === undefined) {
          w = font.widthOfTextAtSize(ch, 1);
          cache.set(ch, w);
        }
        units += w;
      }
      return units * size;
    },
  };
}
