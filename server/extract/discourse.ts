// Stage 4b: turns sentence candidates into events using the article as
// context: pronouns and "the attack" take their antecedents, agentless
// sanctions take the last sanctioning actor, "the same two men" the last
// people sanctioned; denials point at the accusers; and an event of a body or
// official also counts for the state it belongs to.
import type { ActorRegistry } from './registry.ts';
import type { Accusation, Candidate, SentenceEvents } from './events.ts';
import type { Mention } from './mentions.ts';
import type { Certainty, EventType } from './types.ts';

export interface ResolvedEvent {
  readonly type: EventType;
  readonly source: string;
  readonly target: string;
  readonly sentence: number;
  readonly trigger: number;
  readonly certainty: Certainty;
  readonly claimedBy: string | null;
  readonly denies: EventType | null;
}

const isGovernmental = (reg: ActorRegistry, key: string): boolean => {
  const r = reg.get(key);
  return r !== undefined && (r.kind !== 'Person' || r.parent !== null) && r.kind !== 'Group';
};

export class Discourse {
  private prevSubject: string[] = [];
  private lastVictims: string[] = [];
  private readonly victimsByClass = new Map<string, string[]>();
  private readonly lastAgents = new Map<EventType, string[]>();
  private readonly sanctioned: string[] = [];
  readonly accusations: Accusation[] = [];
  readonly events: ResolvedEvent[] = [];
  private readonly denials: Candidate[] = [];

  /** The country the article reports from (its dateline), if the article names it. */
  constructor(private readonly reg: ActorRegistry, private readonly home: string | null) {}

  private side(key: string): string {
    return this.reg.stateOf(key) ?? this.reg.resolve(key);
  }

  private related(a: string, b: string): boolean {
    const ra = this.reg.resolve(a);
    const rb = this.reg.resolve(b);
    return ra === rb || this.reg.chain(ra).includes(rb) || this.reg.chain(rb).includes(ra) || (this.reg.stateOf(ra) !== null && this.reg.stateOf(ra) === this.reg.stateOf(rb));
  }

  private agentsOf(c: Candidate): string[] {
    if (c.agents.length > 0) return c.agents;
    switch (c.agentOpen) {
      case 'pronoun':
        return c.speakers.length > 0 ? c.speakers : this.prevSubject;
      case 'speaker': {
        const gov = c.speakers.filter((k) => isGovernmental(this.reg, k));
        if (gov.length > 0) return gov;
        return this.lastAgents.get(c.type) ?? (c.fromCountry ? [c.fromCountry] : []);
      }
      case 'carry':
        return this.lastAgents.get(c.type) ?? (c.fromCountry ? [c.fromCountry] : []);
      case 'victim':
      case 'none':
        return c.fromCountry ? [c.fromCountry] : [];
    }
  }

  /** "the same company" → the last organisation sanctioned; "the same two men" → the last two people. */
  private same(m: Mention): string[] {
    const wantPeople = m.noun !== undefined && !['company', 'firm', 'group', 'entity', 'agency'].includes(m.noun);
    const picked: string[] = [];
    for (let k = this.sanctioned.length - 1; k >= 0 && picked.length < (wantPeople ? m.count ?? 1 : 1); k--) {
      const key = this.sanctioned[k] ?? '';
      const kind = this.reg.get(key)?.kind;
      if ((wantPeople ? kind === 'Person' : kind === 'Organization') && !picked.includes(key)) picked.push(key);
    }
    return picked;
  }

  private patientsOf(c: Candidate): string[] {
    let out: string[] = [];
    for (const m of c.patients) {
      if (m.form === 'same') { out.push(...this.same(m)); continue; }
      const rec = this.reg.get(m.key);
      if (!rec) continue;
      if (c.personsOnly && rec.kind !== 'Person') continue;
      if (c.type === 'SANCTIONED' && m.form === 'people') continue;
      if (c.type === 'EXPELLED' && (m.form === 'people' || /embassy|mission|consulate/i.test(rec.name))) {
        out.push(this.reg.stateOf(rec.key) ?? rec.key);
        continue;
      }
      out.push(rec.key);
    }
    if (out.length === 0 && c.type === 'ATTACKED' && c.patientOpen === 'victim') {
      out = (c.kind ? this.victimsByClass.get(c.kind) : undefined) ?? (c.location ? [] : this.lastVictims);
      if (out.length === 0 && c.location && this.home) out = [this.home];
    }
    if (out.length === 0 && c.patientOpen === 'pronoun') out = this.prevSubject;
    return [...new Set(out.map((k) => this.reg.resolve(k)))];
  }

  /** Takes the candidates of one sentence, in article order. */
  add(se: SentenceEvents): void {
    for (const c of se.candidates) {
      if (c.type === 'DENIED') {
        this.denials.push({ ...c, agents: this.agentsOf(c) });
        continue;
      }
      const agents = [...new Set(this.agentsOf(c).map((k) => this.reg.resolve(k)))];
      const patients = this.patientsOf(c);
      if (c.type === 'ATTACKED' && patients.length > 0) {
        this.lastVictims = patients;
        if (c.kind) this.victimsByClass.set(c.kind, patients);
      }
      if (c.suppressed) continue;
      if (agents.length > 0 && c.agents.length > 0) this.lastAgents.set(c.type, agents);
      if (c.type === 'SANCTIONED') this.sanctioned.push(...patients);
      for (const s of agents) {
        for (const t of patients) {
          if (this.related(s, t)) continue;
          this.emit(c, s, t, null);
          if (c.type === 'ATTACKED' && c.speakers.length > 0) for (const sp of c.speakers) this.accusations.push({ accuser: sp, accused: s, sentence: c.sentence });
        }
      }
    }
    this.accusations.push(...se.accusations);
    if (se.subject.length > 0) this.prevSubject = se.subject;
  }

  private emit(c: Candidate, source: string, target: string, denies: EventType | null): void {
    const claimer = c.speakers[0];
    const claimedBy = claimer ? this.reg.get(claimer)?.name ?? null : null;
    this.events.push({ type: c.type, source: this.reg.resolve(source), target: this.reg.resolve(target), sentence: c.sentence, trigger: c.trigger, certainty: c.certainty, claimedBy, denies });
  }

  /** Lifts an accuser to the state it speaks for; unaffiliated people are dropped. */
  private liftAccuser(key: string): string | null {
    const rec = this.reg.get(key);
    if (!rec) return null;
    const state = this.reg.stateOf(rec.key);
    if (state) return state;
    return rec.kind === 'Person' ? null : rec.key;
  }

  /** Resolves denial targets once every accusation of the article is known. */
  finish(): ResolvedEvent[] {
    for (const c of this.denials) {
      for (const denier of c.agents.map((k) => this.reg.resolve(k))) {
        const side = this.side(denier);
        let targets = (c.accusers ?? []).map((k) => this.reg.resolve(k));
        if (targets.length === 0) {
          const accusers = [...new Set(this.accusations
            .filter((a) => this.side(a.accused) === side && this.side(a.accuser) !== side)
            .map((a) => this.liftAccuser(a.accuser))
            .filter((k): k is string => k !== null))];
          const victims = [...new Set((c.victims ?? []).map((k) => this.side(k)))];
          const parent = this.reg.get(denier)?.parent;
          const host = c.place ? this.side(c.place) : this.reg.get(denier)?.host ?? (parent ? this.reg.get(parent.key)?.host ?? null : null);
          const hostHit = host && (accusers.includes(host) || this.events.some((e) => e.type === 'ATTACKED' && this.side(e.source) === side && this.side(e.target) === host));
          if (hostHit && host) targets = [host];
          else {
            const both = accusers.filter((k) => victims.includes(k));
            targets = both.length > 0 ? both : accusers.length > 0 ? accusers : victims;
          }
        }
        for (const t of new Set(targets)) if (!this.related(denier, t)) this.emit(c, denier, t, 'ATTACKED');
      }
    }
    return this.propagate();
  }

  /** An event of a body or official also counts for its parents up to the state. */
  private propagate(): ResolvedEvent[] {
    const out = new Map<string, ResolvedEvent>();
    const put = (e: ResolvedEvent): void => {
      const k = `${e.type}|${e.source}|${e.target}|${e.sentence}`;
      if (!out.has(k) && e.source !== e.target) out.set(k, e);
    };
    for (const e of this.events) {
      const sources = this.reg.chain(e.source);
      const targets = e.type === 'ATTACKED' ? this.reg.chain(e.target) : [e.target];
      for (const s of sources) for (const t of targets) if (!this.related(s, t)) put({ ...e, source: s, target: t });
    }
    return [...out.values()];
  }
}
