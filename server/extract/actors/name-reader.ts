// Proper names in a sentence: states, institutions, people (with the office
// or the state their title names) and organisations typed by their words and
// the nouns around them ("security firm X", "a hacking group known as X").
import type { ActorKind } from '../types.ts';
import {
  BODY_NOUNS, COMPANY_CUES, COMPANY_NOUNS, CORPORATE_SUFFIXES, GOVERNMENT_NOUNS, GROUP_CUES, PERSON_NOUNS,
} from '../lexicon/actor-nouns.ts';
import { COUNTRY_FORMS } from '../lexicon/countries.ts';
import { NATIONAL_OFFICES, officeLink, TITLE_WORDS } from '../lexicon/offices.ts';
import { bareBodyName, bodyKey, canonicalBodyName } from './body-names.ts';
import { knownName } from './gazetteer.ts';
import type { NameSpan } from './name-spans.ts';
import { ActorRegistry, type ActorRec } from './registry.ts';
import type { Denotation } from './denotation.ts';
import { CAPITAL_LOCATIVE, LOCATIVE, lowerWords, MODIFIER_RELS } from './phrase-words.ts';
import { PhraseReader } from './phrase-reader.ts';

export abstract class NameReader extends PhraseReader {
  protected ofName(sp: NameSpan): Denotation | null {
    const reg = this.ctx.registry;
    const incoming = this.s.head(sp.head)?.rel ?? '';
    const modifier = MODIFIER_RELS.test(incoming) && incoming !== 'nmod:poss';
    const known = sp.known ?? knownName(sp.text);
    if (known?.type === 'country') {
      const rel = this.relIn(sp.head);
      // "accusations from London" is the state speaking; "flew from London" is a place.
      const nounGoverned = /^nmod/.test(rel) && /^NN/.test(this.s.tok(this.s.in(sp.head).find((e) => e.rel === rel)?.gov ?? 0)?.pos ?? '');
      const locative = known.form === 'capital' && !(nounGoverned && /:(from|to)$/.test(rel)) ? CAPITAL_LOCATIVE : LOCATIVE;
      if (locative.test(rel) && known.form !== 'demonym') return null;
      // NOTE: only names, capitals and seats become aliases of a state; "the Russians" or "Russian" say nothing new.
      const rec = reg.country(known.country, known.form === 'demonym' || known.form === 'people' ? known.country : sp.text, this.s.index);
      if (known.form === 'demonym') return { rec, via: modifier ? 'modifier' : 'people', head: sp.head };
      return { rec, via: modifier ? 'modifier' : 'name', head: sp.head };
    }
    if (known?.type === 'institution') {
      const inst = known.institution;
      // "Brussels" is the EU only once the EU is named, and only where it is not the city ("in Brussels").
      if (known.anaphor && (!reg.all().some((r) => r.name === inst.name && r.mentions > 0) || CAPITAL_LOCATIVE.test(this.relIn(sp.head)))) return null;
      const state = inst.state ? reg.country(inst.state, inst.state, this.s.index) : null;
      const rec = reg.ensure(inst.kind, inst.name, state?.key ?? null, sp.text, this.s.index);
      rec.state ??= state?.key ?? null;
      return { rec, via: 'name', head: sp.head };
    }
    if (this.ctx.strict) {
      const seen = reg.byAlias(sp.text).filter((r) => !r.weak);
      return seen.length === 1 && seen[0] ? { rec: seen[0], via: 'name', head: sp.head } : null;
    }
    switch (sp.ner) {
      case 'PERSON':
        return this.person(sp);
      case 'ORGANIZATION':
        return this.organisation(sp, false);
      case 'MISC':
      case '':
        // "European", "Western", "Sikh" as adjectives: kinds of things, not actors.
        if (sp.first === sp.last && !/^NNP/.test(this.s.tok(sp.first)?.pos ?? '') && !/^[A-Z0-9]{2,}$/.test(sp.text)) return null;
        return this.organisation(sp, true);
      default: {
        // A LOCATION not in the gazetteer is a place, not an actor — unless the text calls it a company, a body or a group
        // ("the state railway company, Ukrzaliznytsia").
        const cues = this.cues(sp.head);
        return cues.some((w) => COMPANY_NOUNS.has(w) || GROUP_CUES.has(w) || ['agency', 'ministry', 'operator', 'utility', 'company', 'firm'].includes(w)) ? this.organisation(sp, false) : null;
      }
    }
  }

  protected person(sp: NameSpan): Denotation | null {
    const reg = this.ctx.registry;
    const words = lowerWords(sp.text);
    if (words.some((w) => COMPANY_CUES.has(w) && w !== 'group')) return this.organisation(sp, false);
    const name = sp.text.replace(/[’']s$/, '');
    // A surname (or the end of a name) alone: the person named in full before.
    const parts = name.split(/\s+/);
    const full = reg.all().filter((r) => r.kind === 'Person' && r.name !== name && r.name.endsWith(` ${parts[parts.length - 1] ?? ''}`) && (parts.length === 1 || r.name.endsWith(` ${name}`)));
    const rec = full.length >= 1 && full[0] ? full[full.length - 1] as ActorRec : this.rec('Person', name, null, name);
    rec.aliases.add(name);
    if (!rec.state) this.affiliate(rec, sp.head);
    return { rec, via: 'name', head: sp.head };
  }

  /** The state or body of an official from the title around the name ("Albanian Prime Minister Ana Berisha", "Kremlin spokesman Ivan Sokolov", "Sokolov, the Kremlin's spokesman"). */
  protected affiliate(rec: ActorRec, h: number): void {
    const titles = [...this.s.kids(h, /^(compound|appos|amod)$/).filter((k) => !this.spanByToken.get(k) || this.spanByToken.get(k)?.head !== h)];
    for (const e of this.s.in(h, /^appos$/)) titles.push(e.gov);
    // "Jan Roe, who was then acting foreign minister": a nominal relative clause.
    for (const e of this.s.out(h, /^acl:relcl$/)) if (/^NN/.test(this.s.tok(e.dep)?.pos ?? '') && this.s.out(e.dep, 'cop').length > 0) titles.push(e.dep);
    for (const t of titles) {
      const owner = this.at(t);
      if (owner && owner.rec !== rec && owner.rec.kind !== 'Person') {
        rec.state = owner.rec.kind === 'Country' ? owner.rec.key : owner.rec.state;
        rec.link = { type: owner.rec.kind === 'Country' ? 'SPEAKS_FOR' : 'PART_OF', target: owner.rec.key, sentence: this.s.index };
        return;
      }
      const st = this.stateOf(t, true) ?? this.ownerState(t);
      if (st) {
        rec.state = st.key;
        rec.office ??= this.titleText(t);
        rec.link = { type: officeLink(rec.office ?? this.s.tok(t)?.lower ?? null), target: st.key, sentence: this.s.index };
        return;
      }
    }
    // "Secretary of State Jane Doe", "John Roe, the Treasury Secretary": an office that names its state.
    for (const t of titles) {
      const title = this.titleText(t);
      if (!title) continue;
      rec.office ??= title;
      const office = Object.keys(NATIONAL_OFFICES).filter((o) => title === o || title.endsWith(` ${o}`) || title.startsWith(`${o} `)).sort((a, b) => b.length - a.length)[0];
      const holder = office ? NATIONAL_OFFICES[office] : undefined;
      if (!holder) continue;
      const known = knownName(holder);
      const owner = known?.type === 'country' ? this.ctx.registry.country(known.country, known.country, this.s.index)
        : known?.type === 'institution' ? this.ctx.registry.ensure(known.institution.kind, known.institution.name, null, known.institution.name, this.s.index) : null;
      if (!owner) continue;
      rec.state = owner.kind === 'Country' ? owner.key : owner.state;
      rec.link = { type: officeLink(rec.office), target: owner.key, sentence: this.s.index };
      return;
    }
    // "Foreign Minister Jakub Kulhánek" in a story filed from Prague.
    const home = this.ctx.home ? this.ctx.registry.get(ActorRegistry.countryKey(this.ctx.home)) : undefined;
    if (home && home.mentions > 0 && rec.office && /\b(president|prime minister|minister|premier|chancellor|spokes(man|woman|person))\b/.test(rec.office)) {
      rec.state = home.key;
      rec.link = { type: officeLink(rec.office), target: home.key, sentence: this.s.index };
    }
  }

  /** The words of a title phrase at token t, lower case ("u.s. secretary of state"), if they are words of office. */
  protected titleText(t: number): string | null {
    const words = this.s.subtree(t).map((k) => this.s.tok(k)).filter((x) => x !== undefined && !['DT', 'POS', ','].includes(x.pos) && x.ner !== 'PERSON');
    const text = words.map((x) => x?.lower ?? '').join(' ').replace(/\s+/g, ' ').trim();
    return words.some((x) => TITLE_WORDS.has(x?.lower ?? '')) ? text : null;
  }

  /** The state of a body named among the modifiers of t ("Foreign Ministry spokesman"). */
  protected ownerState(t: number): ActorRec | null {
    const owner = this.ownerOf(t);
    if (!owner || owner.rec.kind === 'Person') return null;
    return owner.rec.kind === 'Country' ? owner.rec : owner.rec.state ? this.ctx.registry.get(owner.rec.state) ?? null : null;
  }

  protected organisation(sp: NameSpan, weak: boolean): Denotation | null {
    const reg = this.ctx.registry;
    const words = lowerWords(sp.text);
    const cues = this.cues(sp.head);
    const last = words[words.length - 1] ?? '';
    // A state's government written as a name: "Government of Iran", "Iranian Government".
    const inner = this.countryInside(sp);
    if (inner && words.some((w) => GOVERNMENT_NOUNS.has(w)) && words.every((w) => GOVERNMENT_NOUNS.has(w) || ['the', 'of'].includes(w) || COUNTRY_FORMS.has(w) || lowerWords(inner.name).includes(w) || /^[a-z]+(n|an|ian|ese|ish|i)$/.test(w))) {
      // NOTE: "Government of the Russian Federation" denotes the state but is no alias of it: some texts treat the cabinet as a body of its own.
      return { rec: reg.country(inner.name, inner.name, this.s.index), via: 'government', head: sp.head };
    }
    const corporate = words.some((w) => CORPORATE_SUFFIXES.has(w)) || cues.some((w) => COMPANY_NOUNS.has(w));
    const kind: ActorKind = !corporate && words.some((w) => BODY_NOUNS.has(w) || /^(ministr\w*|departments?|agenc(y|ies)|bureau|directorate|forces?|police|army|navy|guards?|corps|parliament|intelligence|duma|command)$/.test(w))
      ? 'GovernmentBody'
      : [...words, ...cues].some((w) => GROUP_CUES.has(w))
        ? 'Group'
        : weak && !cues.some((w) => COMPANY_NOUNS.has(w) || PERSON_NOUNS.has(w)) && !words.some((w) => COMPANY_CUES.has(w))
          ? 'Organization'
          : cues.some((w) => PERSON_NOUNS.has(w)) && !cues.some((w) => COMPANY_NOUNS.has(w)) && sp.ner === ''
            ? 'Person'
            : 'Organization';
    if (kind === 'Person') return this.person(sp);
    const isWeak = weak && !cues.some((w) => GROUP_CUES.has(w) || COMPANY_NOUNS.has(w)) && !GROUP_CUES.has(last);
    if (kind === 'GovernmentBody') {
      const state = inner ?? this.stateOf(sp.head, true) ?? this.stateOfBodyElsewhere(sp);
      const bare = bareBodyName(sp.text);
      if (!state) {
        const before = this.existingBody(bare);
        if (before) return { rec: before, via: 'name', head: sp.head };
      }
      const name = canonicalBodyName(bare, state?.name ?? null);
      return { rec: state ? this.stateBody(name, state, sp.text) : this.rec('GovernmentBody', name, null, sp.text), via: 'name', head: sp.head };
    }
    const name = sp.text.replace(/[’']s$/, '');
    const acronymOf = this.acronymTarget(sp);
    if (acronymOf) {
      acronymOf.aliases.add(name);
      return { rec: acronymOf, via: 'name', head: sp.head };
    }
    const existing = reg.byAlias(name).filter((r) => r.kind !== 'Country');
    if (existing.length === 1 && existing[0]) return { rec: existing[0], via: 'name', head: sp.head };
    const state = kind === 'Organization' ? null : this.stateOf(sp.head);
    const rec = this.rec(kind, name, null, name, isWeak);
    if (state && !rec.state) rec.state = state.key;
    for (const c of cues) rec.cues.add(c);
    return { rec, via: 'name', head: sp.head };
  }

  /** A state named inside a body's name: "Central Bank of Iran", "U.S. Treasury Department". */
  protected countryInside(sp: NameSpan): ActorRec | null {
    for (let a = sp.first; a <= sp.last; a++) {
      for (let b = Math.min(sp.last, a + 3); b >= a; b--) {
        const known = knownName(this.s.span(a, b));
        if (known?.type === 'country' && known.form !== 'seat') return this.ctx.registry.country(known.country, known.country, this.s.index);
      }
    }
    const lead = sp.text.split(/\s+/)[0] ?? '';
    if (lead === 'US') return this.ctx.registry.country('United States', 'United States', this.s.index);
    return null;
  }

  /** For a body name in a possessive or "of" phrase: "the Treasury Department's Office of ..." takes the Treasury's state. */
  protected stateOfBodyElsewhere(sp: NameSpan): ActorRec | null {
    const owner = this.ownerOf(sp.head);
    if (owner && owner.rec.kind === 'GovernmentBody' && owner.rec.state) return this.ctx.registry.get(owner.rec.state) ?? null;
    return null;
  }

  /** An earlier body whose name contains every word of this bare name ("Treasury" → "U.S. Treasury Department"), the most recent if several. */
  protected existingBody(bare: string): ActorRec | null {
    const want = bodyKey(bare).split(' ').filter(Boolean);
    if (want.length === 0) return null;
    const fits = (r: ActorRec): boolean => {
      if (r.kind !== 'GovernmentBody') return false;
      const have = bodyKey(r.name).split(' ');
      return want.every((w) => have.includes(w));
    };
    return this.ctx.salience.latest(this.s.index, this.s.tokens.length + 1, ['GovernmentBody'], fits) ?? this.ctx.registry.all().find(fits) ?? null;
  }

  /** "Ministry of Intelligence and Security (MOIS)": the long form the acronym in parentheses stands for. */
  protected acronymTarget(sp: NameSpan): ActorRec | null {
    if (!/^[A-Z][A-Za-z0-9&-]{1,9}$/.test(sp.text) || this.s.tok(sp.first - 1)?.text !== '(') return null;
    const before = this.s.tok(sp.first - 2);
    if (!before) return null;
    const prev = this.spanByToken.get(before.i);
    const d = prev ? this.at(prev.head) : null;
    if (!d || d.rec.kind === 'Person' || d.rec.kind === 'Country') return null;
    const initials = d.rec.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.charAt(0)).join('');
    return initials.includes(sp.text.replace(/[^A-Z]/g, '').slice(0, 2)) || sp.text.length <= initials.length + 1 ? d.rec : null;
  }
}
