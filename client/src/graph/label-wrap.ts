// Wraps a label onto lines no wider than a maximum, as Cytoscape's
// `text-wrap: wrap` does on the canvas: words are kept whole and added to a
// line while it fits; a word wider than the maximum stands on its own line.
// The width of a text is measured by the caller (a canvas 2D context in the
// browser), so that this stays pure.

export type MeasureText = (text: string) => number;

export function wrapLabel(text: string, maxWidth: number, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (measure(words.join(' ')) <= maxWidth) return words.length > 0 ? [words.join(' ')] : [];
  const lines: string[] = [];
  // NOTE: like Cytoscape (labels.mjs), a line is measured with the space after its last word, unless that is the label's last.
  let line = '';
  words.forEach((word, i) => {
    const sep = i === words.length - 1 ? '' : ' ';
    if (line === '' || measure(`${line}${word}${sep}`) <= maxWidth) {
      line += `${word}${sep}`;
    } else {
      lines.push(line.trimEnd());
      line = `${word}${sep}`;
    }
  });
  if (line !== '') lines.push(line.trimEnd());
  return lines;
}

/** The width of the widest line. */
export const widestLine = (lines: readonly string[], measure: MeasureText): number => lines.reduce((w, l) => Math.max(w, measure(l)), 0);
