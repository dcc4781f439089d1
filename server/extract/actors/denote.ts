// Which actor a noun phrase denotes, read from the parse: a name ("the Kremlin",
// "Iran's MOIS"), a state's government ("the Albanian government"), a body of
// a state ("Russia's foreign ministry"), its forces, people, weapons or
// things ("Russian diplomats", "Iranian missiles", "Albanian government
// computer systems"), a pronoun or a description ("the group") resolved
// against what the text has been talking about. Names are read by
// name-reader.ts; this file reads common nouns and pronouns.
import {
  ARMED_GROUP_NOUNS, BODY_NOUNS, COMPANY_CUES, COMPANY_NOUNS, CORPORATE_SUFFIXES, GOVERNMENT_NOUNS, GROUP_CUES, LEGISLATOR_NOUNS, MILITARY_NOUNS, PEOPLE_NOUNS, PERSON_NOUNS, STATE_PEOPLE_NOUNS, THING_NOUNS, WEAPON_NOUNS,
} from '../lexicon/actor-nouns.ts';
import { countryByName } from '../lexicon/countries.ts';
import { TITLE_WORDS } from '../lexicon/offices.ts';
import { canonicalBodyName, statePrefix } from './body-names.ts';
import { INSTITUTION_ANAPHORS, knownName } from './gazetteer.ts';
import { ActorRegistry, type ActorRec } from './registry.ts';
import type { Denotation, Via } from './denotation.ts';
import { descriptionOf, lowerWords, nounLemma, PRONOUNS_PERSON, PRONOUNS_SPEAKER, PRONOUNS_THING, TOOL_NOUNS } from './phrase-words.ts';
import { NameReader } from './name-reader.ts';

export type { ActorContext, Denotation, Via } from './denotation.ts';

export class SentenceActors extends NameReader {
  protected ofNoun(h: number): Denotation | null {
    const t = this.s.tok(h);
    if (!t) return null;
    if (t.pos === 'PRP' || t.pos === 'PRP$') return this.pronoun(h, t.lower);
    if (!/^NN/.test(t.pos)) return null;
    const lemma = nounLemma(t.lemma, t.lower);
    const state = () => this.stateOf(h, GOVERNMENT_NOUNS.has(lemma) || BODY_NOUNS.has(lemma));
    if (GOVERNMENT_NOUNS.has(lemma)) {
      const st = state();
      if (st) return { rec: st, via: 'government', head: h };
      if (this.determiner(h) === 'the' && ['government', 'authorities', 'regime', 'administration'].includes(lemma)) {
        const rec = this.ctx.salience.latestSubject(this.s.index, h, ['Country']) ?? this.homeOrTopic(h);
        return rec ? { rec, via: 'description', head: h } : null;
      }
      return null;
    }
    if (MILITARY_NOUNS.has(lemma) || (lemma === 'force' && /force/.test(t.lower))) {
      const st = state();
      if (st) {
        return { rec: this.stateBody(`${statePrefix(st.name)} armed forces`, st, this.surface(h)), via: 'forces', head: h };
      }
    }
    if (BODY_NOUNS.has(lemma)) {
      const st = state();
      const host = this.hostCity(h, lemma);
      const surface = host ? `${this.surface(h)} in ${host}` : this.surface(h);
      const bare = host ? `${this.bareSurface(h)} in ${host}` : this.bareSurface(h);
      if (st) {
        return { rec: this.stateBody(canonicalBodyName(bare, st.name), st, surface), via: 'body', head: h };
      }
      const before = this.existingBody(bare);
      if (before && this.determiner(h) !== 'a') return { rec: before, via: 'description', head: h };
    }
    if (LEGISLATOR_NOUNS.has(lemma) && /^NNS/.test(t.pos)) {
      const st = this.stateOf(h);
      if (st) {
        return { rec: this.stateBody(`${statePrefix(st.name)} Parliament`, st, this.surface(h)), via: 'body', head: h };
      }
    }
    const named = this.knownAs(h) ?? this.apposName(h, lemma) ?? this.toolOf(h, lemma) ?? this.namedKind(h, lemma);
    if (named) return named;
    if (STATE_PEOPLE_NOUNS.has(lemma) || WEAPON_NOUNS.has(lemma) || THING_NOUNS.has(lemma) || PEOPLE_NOUNS.has(lemma)) {
      const via: Via = PEOPLE_NOUNS.has(lemma) || STATE_PEOPLE_NOUNS.has(lemma) ? 'people' : WEAPON_NOUNS.has(lemma) ? 'weapon' : 'thing';
      // "a Chinese company", "two Iranian men": people and firms who stand for no state.
      const forState = via !== 'people' || STATE_PEOPLE_NOUNS.has(lemma);
      // "diplomats from Peru", "the ambassadors of Peru": a state's people may also name it after them.
      const st = forState ? this.stateModifier(h, via === 'people') : null;
      if (st) return { rec: st.rec, via, head: h, from: st.token };
      const owner = this.ownerOf(h) ?? (via === 'weapon' ? this.launcherOf(h) : null);
      if (owner && via === 'weapon') return { rec: owner.rec, via, head: h, from: owner.head };
      // "EU members", "members of NATO": the member states, not the organisation.
      const memberStates = lemma === 'member' && owner?.rec.kind === 'Organization';
      if (owner && owner.rec.kind !== 'Country' && owner.rec.kind !== 'Person' && owner.via !== 'modifier' && !memberStates) return { rec: owner.rec, via, head: h, from: owner.head };
      if (owner && via === 'thing' && owner.via !== 'modifier') return { rec: owner.rec, via, head: h, from: owner.head };
      if (owner && via === 'thing' && owner.rec.kind === 'Country') return { rec: owner.rec, via, head: h, from: owner.head };
    }
    if (ARMED_GROUP_NOUNS.has(lemma) && /^NNS?$/.test(t.pos)) {
      const demonym = this.s.out(h, 'amod').map((e) => this.spanAt(e.dep)).find((sp) => sp?.known?.type === 'country');
      if (demonym) {
        const surface = `${demonym.text} ${t.text}`;
        return { rec: this.rec('Group', surface, null, surface), via: 'name', head: h };
      }
    }
    const official = this.officeHolder(h);
    if (official) return official;
    const desc = descriptionOf(lemma);
    const plainMods = this.s.out(h, /^(compound|amod|nmod:poss)$/).filter((e) => !['same', 'former', 'latter', 'aforementioned', 'said'].includes(this.s.tok(e.dep)?.lower ?? ''));
    const companyLike = COMPANY_NOUNS.has(lemma) || lemma === 'studio';
    if (desc && this.determiner(h) === 'the' && (plainMods.length === 0 || (companyLike && plainMods.every((e) => e.rel !== 'nmod:poss')))) {
      const anaphor = INSTITUTION_ANAPHORS.get(t.lower);
      if (anaphor) {
        const inst = this.ctx.registry.all().find((r) => r.name === anaphor.name);
        if (inst) return { rec: inst, via: 'description', head: h };
      }
      if (lemma === 'country' || lemma === 'nation') {
        const home = this.homeOrTopic(h);
        if (home) return { rec: home, via: 'description', head: h };
      }
      if (lemma === 'kingdom' || lemma === 'republic') {
        // "the kingdom": a state whose official name says so.
        const rec = this.ctx.salience.latest(this.s.index, h, ['Country'], (r) => (countryByName(r.name)?.official ?? '').toLowerCase().includes(lemma));
        if (rec) return { rec, via: 'description', head: h };
      }
      const byCue = this.ctx.salience.latest(this.s.index, h, ['Organization', 'Group', 'GovernmentBody', 'Person'], (r) => r.cues.has(lemma));
      // "the studio", "the company": only an actor known to be a company.
      const isCompany = (r: ActorRec): boolean => [...r.cues].some((c) => COMPANY_NOUNS.has(c)) || lowerWords(r.name).some((w) => COMPANY_CUES.has(w) || CORPORATE_SUFFIXES.has(w));
      const rec = byCue ?? this.ctx.salience.latest(this.s.index, h, desc.kinds, (r) => (!desc.word || lowerWords(r.name).some((w) => w.startsWith(lemma))) && (!companyLike || isCompany(r)));
      if (rec) return { rec, via: 'description', head: h };
    }
    if (!desc && this.determiner(h) === 'the' && plainMods.length === 0) {
      const byCue = this.ctx.salience.latest(this.s.index, h, ['Organization', 'Group', 'GovernmentBody'], (r) => r.cues.has(lemma));
      if (byCue) return { rec: byCue, via: 'description', head: h };
    }
    const anaphor = INSTITUTION_ANAPHORS.get(t.lower);
    if (anaphor && this.determiner(h) === 'the') {
      const inst = this.ctx.registry.all().find((r) => r.name === anaphor.name);
      if (inst) return { rec: inst, via: 'description', head: h };
    }
    return null;
  }

  /**
   * A description in apposition with a name is that name: "Red Dawn, an
   * Iraqi militia", "the Kremlin spokesman, Ivan Sokolov". The noun is kept
   * as a cue, so that "the militia" later finds the name.
   */
  protected apposName(h: number, lemma: string): Denotation | null {
    const linked = [...this.s.in(h, /^appos$/).map((e) => e.gov), ...this.s.out(h, /^appos$/).map((e) => e.dep)];
    for (const k of linked) {
      const sp = this.spanByToken.get(k);
      if (!sp) continue;
      const d = this.at(k);
      if (!d || d.rec.kind === 'Country' || d.via === 'modifier') continue;
      d.rec.cues.add(lemma);
      return { rec: d.rec, via: 'name', head: h };
    }
    return null;
  }

  /** "the president", "his foreign minister", "the Russian president": the person named before with that office. */
  protected officeHolder(h: number): Denotation | null {
    const t = this.s.tok(h);
    if (!t || !TITLE_WORDS.has(t.lemma) || !['president', 'minister', 'secretary', 'chancellor', 'premier', 'king', 'queen', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'leader'].includes(t.lemma)) return null;
    const det = this.determiner(h) ?? this.s.kids(h, 'nmod:poss').map((k) => this.s.tok(k)?.lower ?? '')[0] ?? null;
    if (!det || !['the', 'his', 'her', 'its', 'their'].includes(det)) return null;
    if (this.s.out(h, /^(appos|nmod:of)$/).length > 0) return null;
    const title = this.s.kids(h, /^(compound|amod)$/).map((k) => this.s.tok(k)?.lower ?? '').filter((w) => TITLE_WORDS.has(w)).concat(t.lower).join(' ');
    const st = this.stateModifier(h)?.rec ?? null;
    const rec = this.ctx.salience.latest(this.s.index, h, ['Person'], (r) => !!r.office && r.office.endsWith(title) && (!st || r.state === st.key));
    return rec ? { rec, via: 'description', head: h } : null;
  }

  /** "the Grey Heron group", "Z7 rebels", "security firm Norsec": a kind noun with a name is that name. */
  protected namedKind(h: number, lemma: string): Denotation | null {
    if (!GROUP_CUES.has(lemma) && !COMPANY_NOUNS.has(lemma)) return null;
    for (const k of this.s.kids(h, /^(compound|amod)$/)) {
      const sp = this.spanByToken.get(k);
      const d = sp ? this.at(k) : null;
      if (d && d.rec.kind !== 'Country' && d.via !== 'modifier' && d.rec.kind !== 'Person') {
        d.rec.cues.add(lemma);
        return { rec: d.rec, via: 'name', head: h };
      }
      // "Tarani rebels", "Kurdish militants": a capitalised word that names no state makes an armed group with the noun.
      const t = this.s.tok(k);
      if (!d && t && ARMED_GROUP_NOUNS.has(lemma) && /^\p{Lu}\p{Ll}/u.test(t.text) && !knownName(t.text) && ['NNP', 'JJ', 'NNPS'].includes(t.pos) && this.s.tok(h)?.pos === 'NNS') {
        const surface = `${t.text} ${this.s.tok(h)?.text ?? ''}`;
        const rec = this.rec('Group', surface, null, surface);
        rec.cues.add(lemma);
        return { rec, via: 'name', head: h };
      }
    }
    return null;
  }

  /** "Black Lynx ransomware", "the Frostbite malware": a named tool stands for the group that wields it. */
  protected toolOf(h: number, lemma: string): Denotation | null {
    if (!TOOL_NOUNS.has(lemma)) return null;
    for (const k of this.s.kids(h, /^(compound|amod)$/)) {
      const d = this.spanByToken.get(k) ? this.at(k) : null;
      if (d && d.rec.kind !== 'Country' && d.via !== 'modifier') {
        d.rec.cues.add(lemma);
        if (d.rec.kind === 'Organization') d.rec.cues.add('group');
        return { rec: d.rec, via: 'weapon', head: h, from: k };
      }
    }
    return null;
  }

  /** "the country", "the government": the state the story is filed from, else the one it is about. */
  protected homeOrTopic(h: number): ActorRec | null {
    const home = this.ctx.home ? this.ctx.registry.get(ActorRegistry.countryKey(this.ctx.home)) : undefined;
    if (home && home.mentions > 0) return home;
    return this.ctx.salience.topicCountry(this.s.index, h);
  }

  /** "a hacking group known as APT31", "a group calling itself X": the name it is known by. */
  protected knownAs(h: number): Denotation | null {
    for (const e of this.s.out(h, /^acl/)) {
      const v = this.s.tok(e.dep);
      if (!v || !['know', 'call', 'name', 'dub', 'identify'].includes(v.lemma)) continue;
      for (const k of this.s.kids(e.dep, /^(obl:as|xcomp|obj|nmod:as)$/)) {
        if (k === h) continue;
        const sp = this.spanByToken.get(k);
        const d = sp ? this.at(k) : null;
        // "chief of the agency known as the GRU", the participle hung on the title: a person is known by a person's name.
        const person = TITLE_WORDS.has(this.s.tok(h)?.lemma ?? '') || PERSON_NOUNS.has(this.s.tok(h)?.lemma ?? '');
        if (d && d.rec.kind !== 'Country' && (!person || d.rec.kind === 'Person')) return { rec: d.rec, via: 'name', head: h };
      }
    }
    return null;
  }

  /**
   * The subjects of the clause a pronoun is an object in, which it cannot mean
   * ("Croatia said Serbia had attacked it": not Serbia; "Chile said Peru had
   * attacked its computers": not Peru). A pronoun inside the subject itself
   * may ("Iran's MOIS and its proxies").
   */
  private boundSubjects(h: number): Set<ActorRec> {
    // Up through possessors only ("its foreign ministry's computers"), then the verb the phrase is the object of;
    // a phrase inside a preposition ("accused Peru of the attack on its parliament") is a domain of its own.
    let k = h;
    for (let depth = 0; depth < 4; depth++) {
      const poss = this.s.in(k, /^nmod:poss$/)[0];
      if (!poss) break;
      k = poss.gov;
    }
    const up = this.s.in(k).find((e) => /^(obj|iobj)$/.test(e.rel) || (k === h && /^obl/.test(e.rel)));
    if (!up || !/^VB/.test(this.s.tok(up.gov)?.pos ?? '')) return new Set();
    return new Set(this.s.kids(up.gov, /^nsubj$/).map((x) => this.at(x)?.rec).filter((r): r is ActorRec => r !== undefined));
  }

  protected pronoun(h: number, word: string): Denotation | null {
    const sal = this.ctx.salience;
    const possessive = this.s.tok(h)?.pos === 'PRP$';
    const bound = this.boundSubjects(h);
    if (PRONOUNS_PERSON.has(word)) {
      const rec = sal.resolve(this.s.index, h, (r) => r.kind === 'Person' && !bound.has(r), possessive);
      return rec ? { rec, via: 'pronoun', head: h } : null;
    }
    if (PRONOUNS_THING.has(word)) {
      // NOTE: "it" often means a thing the text names ("the aircraft"), not an actor: only subjects are taken.
      const fits = (r: ActorRec): boolean => r.kind !== 'Person' && !bound.has(r);
      const rec = possessive ? sal.resolve(this.s.index, h, fits, true) : sal.resolveSubject(this.s.index, h, fits);
      return rec ? { rec, via: 'pronoun', head: h } : null;
    }
    if (PRONOUNS_SPEAKER.has(word)) {
      // "We reject ...", said the ministry: the speaker of the quotation.
      const speaker = this.speakerOfQuote();
      if (speaker) return { rec: speaker.rec.kind === 'Person' && speaker.rec.state ? this.ctx.registry.get(speaker.rec.state) ?? speaker.rec : speaker.rec, via: 'pronoun', head: h };
    }
    return null;
  }

  /** The subject of the sentence's speech verb, for a quotation ("..., the Kremlin spokesman said"). */
  speakerOfQuote(): Denotation | null {
    for (const t of this.s.tokens) {
      if (!['say', 'tell', 'add', 'state', 'write', 'declare', 'insist', 'announce'].includes(t.lemma)) continue;
      for (const e of this.s.out(t.i, /^nsubj$/)) {
        const d = this.at(e.dep);
        if (d) return d;
      }
    }
    return null;
  }
}
