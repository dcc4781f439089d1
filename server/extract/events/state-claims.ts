// A state acts through its government, its bodies and its officials: a claim
// whose source is a body or an official of a state is also a claim of that
// state ("the Treasury blacklisted X" → the United States sanctioned X). On
// the target side, an attack on a state's body or property is an attack on
// the state, and a denial answering an official answers the official's state.
import type { ActorRec, ActorRegistry } from '../actors/registry.ts';
import type { EventType } from '../types.ts';
import { claimKey, type Claim } from './claim.ts';

/** Which sides of a claim stand for their state, per type. */
const LIFT: Readonly<Record<EventType, { readonly source: boolean; readonly target: boolean }>> = {
  ATTACKED: { source: true, target: true },
  SANCTIONED: { source: true, target: false },
  EXPELLED: { source: true, target: true },
  DENIED: { source: true, target: true },
};

/** The state a body or an official belongs to — or, for an official of an organisation, the organisation — or null. */
export function stateOf(reg: ActorRegistry, r: ActorRec): ActorRec | null {
  if (r.kind === 'Country') return null;
  if (!r.state) {
    // "UN Secretary-General António Guterres": an official of an international organisation stands for it.
    const parent = r.kind === 'Person' && r.link ? reg.get(r.link.target) : undefined;
    return parent && parent !== r && parent.kind === 'Organization' ? parent : null;
  }
  const st = reg.get(r.state);
  return st && st !== r ? st : null;
}

export function withStateClaims(reg: ActorRegistry, claims: readonly Claim[]): Claim[] {
  const out = new Map<string, Claim>();
  // An expulsion is of a state's people: "expelled 20 embassy employees" is the state's, not the embassy's.
  // No state attacks, sanctions, expels or denies itself: "ordered its own embassy staff to leave" is an evacuation.
  const top = (r: ActorRec): ActorRec => stateOf(reg, r) ?? r;
  const ownSide = (c: Claim): boolean => top(c.source) === top(c.target) && (c.source.kind !== 'Country' || c.target.kind !== 'Country' || c.source === c.target);
  for (const c of claims) if (!(c.type === 'EXPELLED' && c.target.kind === 'GovernmentBody' && stateOf(reg, c.target)) && !ownSide(c)) out.set(claimKey(c), c);
  for (const c of claims) {
    if ((c.type === 'EXPELLED' && c.target.kind === 'GovernmentBody' && !stateOf(reg, c.target)) || ownSide(c)) continue;
    const lift = LIFT[c.type];
    const src = lift.source ? stateOf(reg, c.source) : null;
    // Groups and companies are not their state's agents unless the text says so (a PART_OF link).
    const srcOk = src && (c.source.kind === 'GovernmentBody' || c.source.kind === 'Person' || c.source.link?.type === 'PART_OF');
    const tgt = lift.target ? stateOf(reg, c.target) : null;
    const variants: [ActorRec, ActorRec][] = [];
    if (srcOk && src) variants.push([src, c.target]);
    if (tgt && c.target.kind !== 'Person') variants.push([c.source, tgt]);
    if (c.type === 'DENIED' && tgt && c.target.kind === 'Person') variants.push([c.source, tgt]);
    if (srcOk && src && tgt) variants.push([src, tgt]);
    for (const [source, target] of variants) {
      if (source === target || source.key === target.key) continue;
      const v: Claim = { ...c, source, target, rule: `${c.rule} (state)` };
      const k = claimKey(v);
      if (!out.has(k)) out.set(k, v);
    }
  }
  return [...out.values()];
}
