/**
 * Line breaking for the labels of the build-time SVG charts. SVG text does not wrap, and the
 * charts are drawn at their real size (no `viewBox` scaling, so a label is as legible on a phone
 * as on a desk), so each label is broken into lines that fit the narrowest chart the layout gives
 * (a 320 px phone column). Widths are estimated from per-character advances of a wide sans
 * (DejaVu Sans, wider than the usual system fonts), so a line measured here fits in any of them.
 */

/** The narrowest width, in px, a chart's labels must fit. */
export const narrowest = 320;

/** Approximate advance of a character, in em. */
function advance(char: string): number {
  if (/[il.,:;'|!]/u.test(char)) return 0.3;
  if (/[fjrt()[\]\- ]/u.test(char)) return 0.42;
  if (/[mw]/u.test(char)) return 0.98;
  if (/[MW]/u.test(char)) return 1.0;
  if (/[A-Z]/u.test(char)) return 0.74;
  if (/[0-9]/u.test(char)) return 0.64;
  if (/[a-z]/u.test(char)) return 0.62;
  return 0.8;
}

/** Estimated width of `text` at `fontSize` px (bold adds a tenth). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** `text` broken at spaces into lines no wider than `width` px; a word wider than that is cut. */
export function wrap(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize, bold) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontSize, bold) > width) cut -= 1;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
