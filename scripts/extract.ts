// CLI: extract actors and events from one article file.
//   tsx scripts/extract.ts FILE [--published YYYY-MM-DD] [--title T] [--json]
// Default output is a readable summary; --json prints exactly the Extraction
// JSON on stdout. Errors: one line on stderr naming the file, exit 1.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { extractArticle } from '../server/extract/extract.ts';
import { validateArticleText } from '../server/extract/validate.ts';
import type { ExtractedEvent, ExtractedLink, Extraction } from '../server/extract/types.ts';
import { EVENT_TYPES } from '../server/extract/types.ts';

/** Largest article the CLI accepts. */
const MAX_BYTES = 5 * 1024 * 1024;

const isEvent = (r: ExtractedEvent | ExtractedLink): r is ExtractedEvent => (EVENT_TYPES as readonly string[]).includes(r.type);

function summary(x: Extraction): string {
  const name = new Map(x.nodes.map((n) => [n.id, n.name]));
  const lines = [`${x.article.title}  (${x.article.published ?? 'date unknown'}, ${x.article.id})`, '', 'Actors:'];
  for (const n of x.nodes) lines.push(`  ${n.kind.padEnd(14)} ${n.name}${n.aliases.length ? `  [${n.aliases.join('; ')}]` : ''}`);
  for (const type of EVENT_TYPES) {
    const evs = x.relationships.filter(isEvent).filter((r) => r.type === type);
    if (evs.length === 0) continue;
    lines.push('', `${type}:`);
    for (const e of evs) {
      const extra = [e.when ?? 'no date', e.certainty, e.claimedBy ? `claimed by ${e.claimedBy}` : null, e.denies ? `denies ${e.denies}` : null].filter(Boolean).join(', ');
      lines.push(`  ${name.get(e.source) ?? e.source} → ${name.get(e.target) ?? e.target}  (${extra})`, `      "${e.evidence}"`);
    }
  }
  const links = x.relationships.filter((r) => !isEvent(r));
  if (links.length > 0) {
    lines.push('', 'Links:');
    for (const l of links) lines.push(`  ${name.get(l.source) ?? l.source} ${l.type} ${name.get(l.target) ?? l.target}`);
  }
  return lines.join('\n');
}

const program = new Command()
  .name('extract')
  .argument('<file>', 'article text file')
  .option('--published <date>', 'publication date, YYYY-MM-DD')
  .option('--title <title>', 'article title')
  .option('--json', 'print the Extraction JSON only')
  .action((file: string, opts: { published?: string; title?: string; json?: boolean }) => {
    const fail = (reason: string): never => {
      process.stderr.write(`${file}: ${reason}\n`);
      process.exit(1);
    };
    if (opts.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.published)) fail(`--published must be YYYY-MM-DD, got '${opts.published}'`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      return fail(err instanceof Error ? err.message : String(err));
    }
    const valid = validateArticleText(bytes, { maxBytes: MAX_BYTES });
    if (!valid.ok) return fail(`${valid.code}: ${valid.message}`);
    const x = extractArticle({ text: valid.text, ...(opts.title ? { title: opts.title } : {}), ...(opts.published ? { published: opts.published } : {}) });
    process.stdout.write(opts.json ? `${JSON.stringify(x)}\n` : `${summary(x)}\n`);
  });

program.parse();
