// Structural links (PART_OF, LEADS, SPEAKS_FOR) recorded in the registry,
// as edges with the sentence that states them.
import type { ActorRegistry } from './registry.ts';
import type { Sentence } from './sentences.ts';
import type { ExtractedLink } from './types.ts';
import { relationId } from './ids.ts';

export function linksOf(reg: ActorRegistry, sentences: readonly Sentence[], articleId: string, idOf: (key: string) => string): ExtractedLink[] {
  const out: ExtractedLink[] = [];
  for (const rec of reg.all()) {
    if (!rec.parent || rec.mentions === 0) continue;
    const parent = reg.get(rec.parent.key);
    const s = sentences[rec.parent.sentence];
    if (!parent || !s || parent.mentions === 0) continue;
    const source = idOf(rec.key);
    const target = idOf(parent.key);
    out.push({ id: relationId(rec.parent.type, source, target, articleId, s.start), type: rec.parent.type, source, target, evidence: s.text, start: s.start, end: s.end });
  }
  return out;
}
