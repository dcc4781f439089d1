// Stage 2 (annotate): the parser's output turned into the model every later
// stage reads — sentences of tokens with offsets into cleanText, each with its
// dependency graph (enhanced++ for meaning, basic for phrase spans).
import type { Annotation, NlpSentence } from '../../nlp/annotation.ts';
import type { Paragraph } from '../clean/clean.ts';

export interface Token {
  /** 1-based position in the sentence, as in the dependency edges. */
  readonly i: number;
  /** The text as it stands in cleanText. */
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly lemma: string;
  /** Penn Treebank tag. */
  readonly pos: string;
  /** CoreNLP's entity class or 'O'. */
  readonly ner: string;
  readonly start: number;
  readonly end: number;
}

export interface Edge {
  /** UD relation with its case marker, e.g. 'nsubj', 'obl:on', 'nmod:poss', 'conj:and'. */
  readonly rel: string;
  readonly gov: number;
  readonly dep: number;
}

const normalise = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'");

export class Sentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  private readonly outEdges = new Map<number, Edge[]>();
  private readonly inEdges = new Map<number, Edge[]>();
  private readonly basicHead = new Map<number, Edge>();
  private readonly basicKids = new Map<number, number[]>();

  constructor(
    readonly index: number,
    readonly tokens: readonly Token[],
    readonly role: Paragraph['role'],
    cleanText: string,
    parse: NlpSentence,
  ) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    this.start = first?.start ?? 0;
    this.end = last?.end ?? this.start;
    this.text = cleanText.slice(this.start, this.end);
    for (const [rel, gov, dep] of parse.enhanced) {
      const e = { rel, gov, dep };
      push(this.outEdges, gov, e);
      push(this.inEdges, dep, e);
    }
    for (const [rel, gov, dep] of parse.basic) {
      this.basicHead.set(dep, { rel, gov, dep });
      const kids = this.basicKids.get(gov) ?? [];
      kids.push(dep);
      this.basicKids.set(gov, kids);
    }
  }

  tok(i: number): Token | undefined {
    return this.tokens[i - 1];
  }

  /** Enhanced edges out of token i, optionally only those whose relation matches. */
  out(i: number, rel?: string | RegExp): readonly Edge[] {
    const all = this.outEdges.get(i) ?? [];
    return rel === undefined ? all : all.filter((e) => relMatches(e.rel, rel));
  }

  /** Enhanced edges into token i. */
  in(i: number, rel?: string | RegExp): readonly Edge[] {
    const all = this.inEdges.get(i) ?? [];
    return rel === undefined ? all : all.filter((e) => relMatches(e.rel, rel));
  }

  /** Dependents of i over relations matching `rel`. */
  kids(i: number, rel: string | RegExp): number[] {
    return this.out(i, rel).map((e) => e.dep);
  }

  /** Basic-tree head of token i (0 for the root). */
  head(i: number): Edge | undefined {
    return this.basicHead.get(i);
  }

  /** Every token of the basic subtree under i, sorted; with `enter`, only through children whose relation it accepts. */
  subtree(i: number, enter?: (rel: string) => boolean): number[] {
    const out: number[] = [];
    const stack = [i];
    const seen = new Set<number>();
    while (stack.length > 0) {
      const k = stack.pop() as number;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(k);
      for (const c of this.basicKids.get(k) ?? []) if (!enter || enter(this.basicHead.get(c)?.rel ?? '')) stack.push(c);
    }
    return out.sort((a, b) => a - b);
  }

  /** The text from token a to token b inclusive, as it stands in cleanText. */
  span(a: number, b: number): string {
    const ta = this.tok(a);
    const tb = this.tok(b);
    if (!ta || !tb) return '';
    return this.text.slice(ta.start - this.start, tb.end - this.start);
  }
}

/** `rel` equal to a string (also its subtypes: 'obl' matches 'obl:on') or matching a RegExp. */
function relMatches(actual: string, want: string | RegExp): boolean {
  if (typeof want !== 'string') return want.test(actual);
  return actual === want || actual.startsWith(`${want}:`);
}

function push(map: Map<number, Edge[]>, key: number, e: Edge): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** Builds the sentences of an annotated cleanText; each sentence takes the role of the paragraph it starts in. */
export function buildSentences(cleanText: string, annotation: Annotation, paragraphs: readonly Paragraph[]): Sentence[] {
  const roleAt = (offset: number): Paragraph['role'] =>
    paragraphs.find((p) => offset >= p.start && offset < Math.max(p.end, p.start + 1))?.role ?? 'body';
  return annotation.sentences
    .filter((s) => s.tokens.length > 0)
    .map((s, index) => {
      const tokens: Token[] = s.tokens.map((t, k) => {
        const text = cleanText.slice(t.begin, t.end);
        return { i: k + 1, text, lower: normalise(text), lemma: normalise(t.lemma), pos: t.pos, ner: t.ner, start: t.begin, end: t.end };
      });
      return new Sentence(index, tokens, roleAt(tokens[0]?.start ?? 0), cleanText, s);
    });
}
