// What the article has said so far about events, for the sentences that lean
// on it. Attacks form chains — mentions of one attack or campaign: "the
// attacks were traced to X" (a doer without a target) and "Hansabank was hit"
// (a target without a doer) join the chain they continue, and every doer of a
// chain is paired with every target of it once the article has been read.
// Sanctions remember their last doers ("Ten officials were also designated"),
// and accusations wait for the denials that answer them.
import type { ActorRec } from '../actors/registry.ts';
import type { EventType } from '../types.ts';
import { claimKey, type Claim } from './claim.ts';

export interface Accusation {
  readonly accuser: ActorRec;
  readonly accused: ActorRec;
  readonly sentence: number;
}

interface Place {
  readonly sentence: number;
  readonly trigger: number;
}

interface Chain {
  readonly doers: Map<ActorRec, Place>;
  readonly targets: Map<ActorRec, Place>;
  readonly first: number;
  last: number;
}

/** How many sentences back "the attack" or an agentless passive may reach. */
const EVENT_REACH = 3;

export class EventMemory {
  private readonly claims: Claim[] = [];
  private readonly chains: Chain[] = [];
  private readonly doers: { readonly type: EventType; readonly sentence: number; readonly doers: ActorRec[] }[] = [];
  readonly accusations: Accusation[] = [];

  addClaim(c: Claim): void {
    this.claims.push(c);
    if (c.type === 'ATTACKED') this.noteAttack(c.sentence, c.trigger, [c.source], [c.target]);
  }

  /**
   * One mention of an attack, with whatever doers and targets its sentence
   * gives. A stated attack (doer and target) continues a recent chain of the
   * same doer, else starts its own. A doer alone ("the attacks were traced to
   * X") takes over the latest recent chain that has no doer yet. A target
   * alone ("Hansabank was hit") joins the chain that already has it, else the
   * latest recent chain.
   */
  noteAttack(sentence: number, trigger: number, doers: readonly ActorRec[], targets: readonly ActorRec[]): void {
    if (doers.length === 0 && targets.length === 0) return;
    const recent = [...this.chains].reverse().filter((c) => c.last >= sentence - EVENT_REACH && c.first <= sentence + 1);
    let chain: Chain | undefined;
    if (doers.length > 0 && targets.length > 0) chain = recent.find((c) => doers.some((d) => c.doers.has(d)));
    else if (doers.length > 0) chain = recent.find((c) => c.doers.size === 0) ?? recent.find((c) => doers.some((d) => c.doers.has(d)));
    else chain = [...this.chains].reverse().find((c) => targets.some((t) => c.targets.has(t))) ?? recent[0];
    if (!chain) {
      chain = { doers: new Map(), targets: new Map(), first: sentence, last: sentence };
      this.chains.push(chain);
    }
    const place = { sentence, trigger };
    for (const d of doers) if (!chain.doers.has(d)) chain.doers.set(d, place);
    for (const t of targets) if (!chain.targets.has(t)) chain.targets.set(t, place);
    chain.last = Math.max(chain.last, sentence);
  }

  /** Whether the article has named any attack so far ("the operation" may then refer back to it). */
  hasAttacks(): boolean {
    return this.chains.length > 0;
  }

  addAccusation(a: Accusation): void {
    this.accusations.push(a);
  }

  /** Targets of the latest attack chain within reach of `sentence`. */
  lastAttackTargets(sentence: number): readonly ActorRec[] {
    const c = [...this.chains].reverse().find((x) => x.last <= sentence + 1 && x.last >= sentence - EVENT_REACH);
    return c ? [...c.targets.keys()] : [];
  }

  /** Targets of attack chains whose doers include `source` (or its side), most recent first. */
  attackTargetsOf(source: ActorRec, sameSide: (a: ActorRec, b: ActorRec) => boolean): ActorRec[] {
    const out: ActorRec[] = [];
    for (const c of [...this.chains].reverse()) {
      if (![...c.doers.keys()].some((d) => sameSide(d, source))) continue;
      for (const t of c.targets.keys()) if (!out.includes(t)) out.push(t);
    }
    return out;
  }

  /**
   * The pairs the chains imply that no sentence stated: each in the sentence
   * that names the target. When the article names one attacker only, chains of
   * targets without a doer are that attacker's too.
   */
  chainClaims(stated: ReadonlySet<string>, sameSide: (a: ActorRec, b: ActorRec) => boolean): Claim[] {
    const out: Claim[] = [];
    const doers = [...new Set(this.chains.flatMap((c) => [...c.doers.keys()]))];
    const sides = doers.filter((d, i) => !doers.slice(0, i).some((e) => sameSide(d, e)));
    if (sides.length === 1) {
      for (const c of this.chains) if (c.doers.size === 0) for (const d of doers) c.doers.set(d, { sentence: c.first, trigger: 0 });
    }
    for (const c of this.chains) {
      for (const [doer, from] of c.doers) {
        for (const [target, at] of c.targets) {
          if (doer === target) continue;
          const claim: Claim = { type: 'ATTACKED', source: doer, target, sentence: at.sentence, trigger: at.trigger, certainty: 'alleged', claimedBy: null, denies: null, rule: `attack chain (doer from sentence ${from.sentence})` };
          const already = [...stated].some((k) => k.startsWith(`ATTACKED|${doer.key}|${target.key}|`));
          if (!already) out.push(claim);
        }
      }
    }
    const seen = new Set<string>();
    return out.filter((c) => !seen.has(claimKey(c)) && seen.add(claimKey(c)));
  }

  /** The targets of the last event of this type within reach (for "ten each", "33 more"). */
  lastTargets(type: EventType, sentence: number): ActorRec[] {
    for (let k = this.claims.length - 1; k >= 0; k--) {
      const c = this.claims[k];
      if (!c || c.sentence > sentence) continue;
      if (c.sentence < sentence - 1) break;
      if (c.type === type) return [c.target];
    }
    return [];
  }

  /** Doers of a mention of this type that named no target ("X imposed sanctions on 49 people"). */
  noteDoers(type: EventType, sentence: number, doers: readonly ActorRec[]): void {
    this.doers.push({ type, sentence, doers: [...doers] });
  }

  /** The doers of the last event of this type within reach, stated or mentioned. */
  lastDoers(type: EventType, sentence: number): ActorRec[] {
    const mention = [...this.doers].reverse().find((d) => d.type === type && d.sentence <= sentence && d.sentence >= sentence - EVENT_REACH);
    for (let k = this.claims.length - 1; k >= 0; k--) {
      const c = this.claims[k];
      if (!c || c.sentence > sentence) continue;
      if (c.sentence < sentence - EVENT_REACH) break;
      if (c.type === type) {
        if (mention && mention.sentence > c.sentence) return mention.doers;
        return this.claims.filter((x) => x.type === type && x.sentence === c.sentence).map((x) => x.source).filter((s, i, all) => all.indexOf(s) === i);
      }
    }
    return mention?.doers ?? [];
  }
}
