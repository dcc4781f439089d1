// Who accuses whom, for the denials that answer them: "X said Y was behind
// it", "X concluded that Y ...", "X accused Y of ...". Any claim a speaker
// makes about another actor's deeds counts; a later "Y denied it" is aimed
// at the speaker.
import { sameStateSide } from '../actors/registry.ts';
import type { MatchContext } from './match.ts';
import { modalityOf } from './modality.ts';
import { actorsOf, subjectHeads } from './roles.ts';

/** Reporting verbs whose complement makes a claim about its subject. */
const CLAIMING = new Set(['say', 'allege', 'claim', 'conclude', 'find', 'determine', 'assess', 'believe', 'state', 'charge', 'tell', 'report', 'suggest', 'show', 'indicate', 'insist', 'assert', 'maintain', 'contend', 'argue', 'establish', 'confirm', 'reveal', 'announce', 'declare', 'judge']);

export function noteAccusations(ctx: MatchContext): void {
  const s = ctx.actors.s;
  for (const t of s.tokens) {
    if (!/^VB/.test(t.pos) || !CLAIMING.has(t.lemma)) continue;
    const speakers = actorsOf(ctx.actors, subjectHeads(s, t.i), t.i).map((d) => d.rec);
    if (speakers.length === 0 || !modalityOf(s, t.i).realis) continue;
    for (const c of s.kids(t.i, /^(ccomp|parataxis)$/)) {
      // "X said Y did it"; "X said it was carried out by Y".
      const accused = s.out(c, /^nsubj:pass/).length > 0 ? s.kids(c, /^obl:(agent|by)$/) : s.kids(c, /^nsubj$/);
      for (const d of actorsOf(ctx.actors, accused, c)) {
        for (const sp of speakers) {
          if (!sameStateSide(sp, d.rec)) ctx.memory.addAccusation({ accuser: sp, accused: d.rec, sentence: s.index });
        }
      }
    }
  }
}
