// Wraps a label onto lines no wider than a maximum, as Cytoscape's
// `text-wrap: wrap` does on the canvas: words are kept whole and added to a
// line while it fits; a word wider than the maximum stands on its own line.
// The width of a text is measured by the caller (a canvas 2D context in the
// browser), so that this stays pure.

export type MeasureText = (text: string) => number;

export function wrapLabel(text: string, maxWidth: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The width of the widest line. */
export const widestLine = (lines: readonly string[], measure: MeasureText): number => lines.reduce((w, l) => Math.max(w, measure(l)), 0);
