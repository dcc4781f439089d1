// Sentence spans of a stored article text, by the ICU sentence rules of
// Intl.Segmenter (no parser needed): what the reader highlights and what a
// claim added by hand must be one of. Spans are trimmed of white space, and a
// paragraph break always ends a sentence (a headline has no full stop).

export interface Span {
  readonly start: number;
  readonly end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentenceSpans(text: string): Span[] {
  const out: Span[] = [];
  let offset = 0;
  for (const block of text.split(/(\n\s*\n)/)) {
    if (!/^\n\s*\n$/.test(block)) {
      for (const seg of segmenter.segment(block)) {
        const lead = seg.segment.length - seg.segment.trimStart().length;
        const body = seg.segment.trim();
        // NOTE: a line break inside a paragraph still ends a line, not a sentence.
        if (body.length > 0) out.push({ start: offset + seg.index + lead, end: offset + seg.index + lead + body.length });
      }
    }
    offset += block.length;
  }
  return out;
}

/** Whether [start, end) is exactly one sentence of text. */
export function isSentence(text: string, start: number, end: number): boolean {
  return sentenceSpans(text).some((s) => s.start === start && s.end === end);
}
