// Stage 2: sentences and tokens (wink-nlp), with character offsets into
// cleanText. Each paragraph is read separately so a headline never runs into
// the caption; sentence breaks after abbreviations or inside quotes are undone.
import type { Paragraph } from './clean.ts';
import { getNlp } from './nlp.ts';

export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes straightened. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag from wink ('PROPN', 'VERB', ...). */
  readonly pos: string;
  readonly start: number;
  readonly end: number;
  /** Starts with an upper-case letter. */
  readonly cap: boolean;
}

export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly role: Paragraph['role'];
}

/** Abbreviations after which wink may wrongly end a sentence. */
const ABBREVIATION = /^(?:[A-Z]\.){1,3}$|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Gov|Sen|Rep|St|No|Co|Corp|Inc|Ltd|vs|Jr|Sr|Prof)\.$/;

const normalise = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'");

interface RawSentence { start: number; end: number; tokens: Token[] }

/** Splits the paragraphs of cleanText into sentences of tokens. */
export function splitSentences(cleanText: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const nlp = getNlp();
  const its = nlp.its;
  const out: Sentence[] = [];
  paragraphs.forEach((para, pIndex) => {
    const text = cleanText.slice(para.start, para.end);
    const doc = nlp.readDoc(text);
    // Read token fields once per paragraph; sentences are spans of token indices.
    // NOTE: wink's `its.*` are accessor functions it calls itself with the
    // document; they never use `this`, so passing them unbound is its design.
    /* eslint-disable @typescript-eslint/unbound-method */
    const values = doc.tokens().out<string>(its.value);
    const pos = doc.tokens().out<string>(its.pos);
    // NOTE: wink's typings give `its.lemma` an extra `addons` parameter that
    // `out()` does not declare; at run time `out` supplies it.
    const lemmas = doc.tokens().out<string>(its.lemma as unknown as typeof its.value);
    // NOTE: typed as string[] by wink, but `its.span` yields [first, last] token indices.
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    /* eslint-enable @typescript-eslint/unbound-method */
    const all: Token[] = [];
    let cursor = 0;
    values.forEach((v: string, i: number) => {
      const at = text.indexOf(v, cursor);
      const start = at >= 0 ? at : cursor;
      cursor = start + v.length;
      all.push({
        text: v,
        lower: normalise(v),
        lemma: normalise(lemmas[i] ?? v),
        pos: pos[i] ?? 'X',
        start: para.start + start,
        end: para.start + start + v.length,
        cap: /^\p{Lu}/u.test(v),
      });
    });
    const raws: RawSentence[] = [];
    for (const [a, b] of spans) {
      const tokens = all.slice(a, b + 1);
      const first = tokens[0];
      const last = tokens[tokens.length - 1];
      if (first && last) raws.push({ start: first.start, end: last.end, tokens });
    }
    for (const r of mergeBroken(raws)) {
      out.push({
        index: out.length,
        paragraph: pIndex,
        start: r.start,
        end: r.end,
        text: cleanText.slice(r.start, r.end),
        tokens: r.tokens,
        role: para.role,
      });
    }
  });
  return out;
}

/** Re-joins sentences split after an abbreviation or before a continuing quote. */
function mergeBroken(raws: readonly RawSentence[]): RawSentence[] {
  const merged: RawSentence[] = [];
  for (const r of raws) {
    const prev = merged[merged.length - 1];
    const lastPrev = prev?.tokens[prev.tokens.length - 1];
    const firstNext = r.tokens[0];
    const prevText = prev ? prev.tokens.map((t) => t.text).join(' ') : '';
    const openQuote = (prevText.match(/"/g)?.length ?? 0) % 2 === 1;
    const continues =
      firstNext !== undefined &&
      (/^[a-z0-9,;:.)\]’”]/.test(firstNext.text) || (firstNext.text === '"' && openQuote)
        || (lastPrev !== undefined && ABBREVIATION.test(lastPrev.text) && !/^[A-Z][a-z]+$/.test(firstNext.text)));
    if (prev && continues && !/[?!]$/.test(lastPrev?.text ?? '')) {
      prev.end = r.end;
      prev.tokens.push(...r.tokens);
    } else {
      merged.push({ start: r.start, end: r.end, tokens: [...r.tokens] });
    }
  }
  return merged;
}
