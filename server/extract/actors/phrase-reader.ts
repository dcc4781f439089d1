// The base of the actor-phrase readers of one sentence: memoised lookups of
// what each phrase head denotes (names go to name-reader.ts, common nouns and
// pronouns to denote.ts), and the modifiers that name a phrase's state, owner
// or wielder.
import type { Sentence } from '../annotate/doc.ts';
import type { ActorKind } from '../types.ts';
import { THING_NOUNS } from '../lexicon/actor-nouns.ts';
import { bareBodyName } from './body-names.ts';
import type { NameSpan } from './name-spans.ts';
import { type ActorRec } from './registry.ts';
import type { ActorContext, Denotation } from './denotation.ts';
import { LAUNCH_VERBS, MODIFIER_RELS, nounLemma, PLACE_NOUNS } from './phrase-words.ts';

export abstract class PhraseReader {
  private readonly memo = new Map<number, Denotation | null>();

  protected readonly spanByToken = new Map<number, NameSpan>();

  private readonly busy = new Set<number>();

  constructor(
    readonly s: Sentence,
    readonly spans: readonly NameSpan[],
    protected readonly ctx: ActorContext,
  ) {
    for (const sp of spans) for (let k = sp.first; k <= sp.last; k++) this.spanByToken.set(k, sp);
  }

  spanAt(k: number): NameSpan | undefined {
    return this.spanByToken.get(k);
  }

  /** The actor the phrase headed by token h denotes, or null. */
  at(h: number): Denotation | null {
    const sp = this.spanByToken.get(h);
    const head = sp ? sp.head : h;
    if (this.memo.has(head)) return this.memo.get(head) ?? null;
    if (this.busy.has(head)) return null;
    this.busy.add(head);
    const d = sp ? this.ofName(sp) : this.ofNoun(head);
    this.busy.delete(head);
    this.memo.set(head, d);
    if (d && d.via !== 'modifier') {
      d.rec.mentions++;
      const subject = this.s.in(head).some((e) => /^nsubj/.test(e.rel));
      this.ctx.salience.note(d.rec, this.s.index, head, subject);
    } else if (d) {
      this.ctx.salience.note(d.rec, this.s.index, head, false, true);
    }
    return d;
  }

  /** The state (a Country record) among the modifiers of token h: "Russian", "Iran's", "U.S.", "of Albania". */
  stateOf(h: number, withOf = false): ActorRec | null {
    const rels = withOf ? /^(amod|compound|nmod:poss|nmod:of)$/ : MODIFIER_RELS;
    for (const e of this.s.out(h, rels)) {
      const d = this.at(e.dep);
      if (!d) continue;
      if (d.rec.kind === 'Country') return d.rec;
      if (d.rec.state && d.via !== 'pronoun' && e.rel !== 'nmod:of') return this.ctx.registry.get(d.rec.state) ?? null;
    }
    return null;
  }

  /** The modifier token of h that names its state, with the state (for list expansion: "the networks of A and B"). */
  protected stateModifier(h: number, withOf = false): { rec: ActorRec; token: number } | null {
    for (const e of this.s.out(h, withOf ? /^(amod|compound|nmod:poss|nmod:of|nmod:from)$/ : MODIFIER_RELS)) {
      const d = this.at(e.dep);
      if (d?.rec.kind === 'Country') return { rec: d.rec, token: e.dep };
    }
    return null;
  }

  /** Who fired a weapon: "missiles fired from an American drone", "rockets launched by the militia". */
  protected launcherOf(h: number): Denotation | null {
    for (const k of this.s.kids(h, /^nmod:(from|by|agent)$/)) {
      const d = this.at(k);
      if (d) return d;
    }
    for (const e of this.s.out(h, /^acl$/)) {
      if (!LAUNCH_VERBS.has(this.s.tok(e.dep)?.lemma ?? '')) continue;
      for (const k of this.s.kids(e.dep, /^obl:(from|by|agent|with|to|for)$/)) {
        const d = this.at(k);
        if (d) return d;
      }
    }
    return null;
  }

  /** A non-state actor among the modifiers of h ("MOIS officials", "the ministry's spokesman"), or who holds it ("assets held by X"). */
  protected ownerOf(h: number): Denotation | null {
    for (const e of this.s.out(h, /^(compound|nmod:poss|nmod:of|amod)$/)) {
      const d = this.at(e.dep);
      if (d) return d;
    }
    // "villages in Mali", "bases in Iraq": a place in a state is the state's.
    if (PLACE_NOUNS.has(nounLemma(this.s.tok(h)?.lemma ?? '', this.s.tok(h)?.lower ?? '')) || THING_NOUNS.has(nounLemma(this.s.tok(h)?.lemma ?? '', this.s.tok(h)?.lower ?? ''))) {
      for (const k of this.s.kids(h, /^nmod:(in|across|near)$/)) {
        const d = this.at(k);
        // "in Mali", "in Russia's Krasnodar region"
        if (d?.rec.kind === 'Country' && (d.via === 'name' || d.via === 'thing')) return d;
      }
    }
    // "stations run by X" also when parsed as the subject of "run".
    const owning = [...this.s.out(h, /^(acl|acl:relcl|dep)$/).map((e) => e.dep), ...this.s.in(h, /^nsubj$/).filter((e) => this.s.tok(e.gov)?.pos === 'VBN').map((e) => e.gov)];
    for (const v of owning) {
      const e = { dep: v };
      if (!['hold', 'belong', 'own', 'control', 'run', 'operate', 'manage', 'keep'].includes(this.s.tok(e.dep)?.lemma ?? '')) continue;
      for (const k of this.s.kids(e.dep, /^(obl:to|obl:by|obl:agent|obl:of|nsubj)$/)) {
        const d = k === h ? null : this.at(k);
        if (d) return { ...d, head: k };
      }
    }
    return null;
  }

  protected rec(kind: ActorKind, name: string, state: ActorRec | null, surface: string, weak = false): ActorRec {
    return this.ctx.registry.ensure(kind, name, state?.key ?? null, surface, this.s.index, weak);
  }

  /** A government body of state `st`, part of it. */
  protected stateBody(name: string, st: ActorRec, surface: string): ActorRec {
    const rec = this.rec('GovernmentBody', name, st, surface);
    rec.state ??= st.key;
    rec.link ??= { type: 'PART_OF', target: st.key, sentence: this.s.index };
    return rec;
  }

  protected relIn(h: number): string {
    return this.s.in(h).find((e) => e.rel !== 'conj' && !e.rel.startsWith('conj:'))?.rel ?? this.s.head(h)?.rel ?? '';
  }

  /** Common nouns around a name that say what it is: "security firm Norsec", "Black Lynx, a ransomware gang". */
  protected cues(h: number): string[] {
    const words: string[] = [];
    for (const e of this.s.out(h, /^(compound|appos|amod|nmod:poss)$/)) {
      if (this.spanByToken.has(e.dep) && e.rel === 'compound') continue;
      words.push(this.s.tok(e.dep)?.lemma ?? '');
      for (const c of this.s.out(e.dep, /^(compound|amod)$/)) words.push(this.s.tok(c.dep)?.lemma ?? '');
    }
    for (const e of this.s.in(h, /^(appos|compound|nmod:of)$/)) {
      words.push(this.s.tok(e.gov)?.lemma ?? '');
      for (const c of this.s.out(e.gov, /^(compound|amod)$/)) if (c.dep !== h) words.push(this.s.tok(c.dep)?.lemma ?? '');
    }
    // "a group known as X", "a group calling itself X"
    for (const e of this.s.in(h, /^(obl:as|xcomp|obj)$/)) {
      const verb = this.s.tok(e.gov);
      if (verb && ['know', 'call', 'name', 'dub'].includes(verb.lemma)) for (const g of this.s.in(e.gov, /^(acl|acl:relcl)$/)) words.push(this.s.tok(g.gov)?.lemma ?? '');
    }
    return words.filter(Boolean);
  }

  protected determiner(h: number): string | null {
    const d = this.s.out(h, 'det')[0];
    return d ? this.s.tok(d.dep)?.lower ?? null : null;
  }

  /** The phrase from its first modifier to its head, without determiners: "Russia's foreign ministry". */
  protected surface(h: number): string {
    const mods = this.s.out(h, /^(amod|compound|nmod:poss)$/).map((e) => e.dep).filter((k) => k < h);
    let first = h;
    for (const m of mods) first = Math.min(first, ...this.s.subtree(m));
    while (first < h && ['DT', 'PRP$'].includes(this.s.tok(first)?.pos ?? '')) first++;
    return this.s.span(first, h);
  }

  /** The words of a body phrase without the modifiers that name its state: "the country's parliament" → "parliament". */
  protected bareSurface(h: number): string {
    const stateMods = new Set<number>();
    for (const e of this.s.out(h, /^(amod|compound|nmod:poss)$/)) {
      const d = this.at(e.dep);
      if (d && (d.rec.kind === 'Country' || e.rel === 'nmod:poss')) for (const k of this.s.subtree(e.dep)) stateMods.add(k);
    }
    const mods = this.s.out(h, /^(amod|compound)$/).map((e) => e.dep).filter((k) => k < h && !stateMods.has(k));
    let first = h;
    for (const m of mods) first = Math.min(first, ...this.s.subtree(m).filter((k) => !stateMods.has(k)));
    const words: string[] = [];
    for (let k = first; k <= h; k++) if (!stateMods.has(k) && !['DT', 'PRP$', 'POS'].includes(this.s.tok(k)?.pos ?? '')) words.push(this.s.tok(k)?.text ?? '');
    return bareBodyName(words.join(' '));
  }

  /** Where an embassy, consulate or mission sits ("the Chinese embassy in London"): one state has many, and they are different bodies. */
  protected hostCity(h: number, lemma: string): string | null {
    if (!['embassy', 'consulate', 'mission', 'nunciature'].includes(lemma)) return null;
    for (const k of this.s.kids(h, /^nmod:(in|to)$/)) {
      const sp = this.spanByToken.get(k);
      if (sp && (sp.ner === 'LOCATION' || sp.known?.type === 'country')) return sp.text;
    }
    return null;
  }

  protected abstract ofName(sp: NameSpan): Denotation | null;

  protected abstract ofNoun(h: number): Denotation | null;
}
