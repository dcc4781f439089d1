// The readable form of an Extraction that `npm run extract` prints without
// --json: the article line, its actors, its events by type (date, certainty,
// who claims it, the evidence) and the structural links.
import { EVENT_TYPES, isEvent, type Extraction } from '../../server/extract/types.ts';

export function summarise(x: Extraction): string {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  const nameOf = (id: string): string => name.get(id) ?? id;
  const lines = [`${x.article.title}  (${x.article.published ?? 'date unknown'}, ${x.article.id})`, '', 'Actors:'];
  if (x.nodes.length === 0) lines.push('  (none)');
  for (const n of x.nodes) lines.push(`  ${n.kind.padEnd(14)} ${n.name}${n.aliases.length ? `  [${n.aliases.join('; ')}]` : ''}`);
  const events = x.relationships.filter(isEvent);
  for (const type of EVENT_TYPES) {
    const evs = events.filter((r) => r.type === type);
    if (evs.length === 0) continue;
    lines.push('', `${type}:`);
    for (const e of evs) {
      const extra = [e.when ?? 'no date', e.certainty, e.claimedBy ? `claimed by ${e.claimedBy}` : null, e.denies ? `denies ${e.denies}` : null].filter(Boolean).join(', ');
      lines.push(`  ${nameOf(e.source)} → ${nameOf(e.target)}  (${extra})`, `      "${e.evidence}"`);
    }
  }
  if (events.length === 0) lines.push('', 'Events: (none)');
  const links = x.relationships.filter((r) => !isEvent(r));
  if (links.length > 0) {
    lines.push('', 'Links:');
    for (const l of links) lines.push(`  ${nameOf(l.source)} ${l.type} ${nameOf(l.target)}`);
  }
  return lines.join('\n');
}
