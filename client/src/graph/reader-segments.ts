// Cuts an article's cleaned text into the pieces the reader shows: plain text,
// and the spans of claims' sentences, each with the claims it states (claims
// of one sentence share one span; overlapping spans become one). Claims
// without offsets, or with offsets outside the text, are returned apart.

export interface SpannedClaim {
  readonly id: string;
  readonly start: number | null;
  readonly end: number | null;
}

export interface Segment<C extends SpannedClaim> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The claims stated in this span, in the order given; empty for plain text. */
  readonly claims: readonly C[];
}

export function readerSegments<C extends SpannedClaim>(text: string, claims: readonly C[]): { segments: Segment<C>[]; unplaced: C[] } {
  const placed: C[] = [];
  const unplaced: C[] = [];
  for (const c of claims) {
    if (c.start !== null && c.end !== null && c.start >= 0 && c.end <= text.length && c.start < c.end) placed.push(c);
    else unplaced.push(c);
  }
  const sorted = [...placed].sort((a, b) => (a.start as number) - (b.start as number));
  const groups: { start: number; end: number; claims: C[] }[] = [];
  for (const c of sorted) {
    const [s, e] = [c.start as number, c.end as number];
    const g = groups.at(-1);
    if (g && s < g.end) {
      g.end = Math.max(g.end, e);
      g.claims.push(c);
    } else groups.push({ start: s, end: e, claims: [c] });
  }
  const segments: Segment<C>[] = [];
  let pos = 0;
  for (const g of groups) {
    if (g.start > pos) segments.push({ start: pos, end: g.start, text: text.slice(pos, g.start), claims: [] });
    // Keep the claims in the order given (the API's: by offset, then id).
    segments.push({ start: g.start, end: g.end, text: text.slice(g.start, g.end), claims: claims.filter((c) => g.claims.includes(c)) });
    pos = g.end;
  }
  if (pos < text.length) segments.push({ start: pos, end: text.length, text: text.slice(pos), claims: [] });
  return { segments, unplaced };
}
