// CLI: extract actors and events from article files, in ONE process (one
// connection to the shared NLP sidecar, two articles annotated at a time).
//   tsx scripts/extract.ts FILE... [--out DIR] [--json] [--published YYYY-MM-DD] [--title T] [--cache]
// NAME.meta.json beside a file gives its title, published, source and url;
// the flags win over it. Output, in input order: a readable summary per file;
// with --json, the Extraction JSON (one file: exactly that JSON, nothing else
// on stdout; several: one JSON per line); with --out DIR, DIR/NAME.json per
// file instead. Sidecar progress goes to stderr. A bad file: one line on
// stderr naming it, the others still extracted, exit 1 at the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { extractMany } from '../server/extract/extract-many.ts';
import type { ArticleInput, Extraction } from '../server/extract/types.ts';
import { readArticleFile } from './extract/article-file.ts';
import { isIsoDay } from './extract/article-meta.ts';
import { openCliAnnotator } from './extract/cli-annotator.ts';
import { describeCliError as describeError } from './extract/cli-error.ts';
import { summarise } from './extract/summary.ts';

interface Options {
  readonly out?: string;
  readonly json?: boolean;
  readonly published?: string;
  readonly title?: string;
  readonly cache?: boolean;
}

type Outcome = { readonly ok: true; readonly x: Extraction } | { readonly ok: false; readonly message: string };

function isoDay(value: string): string {
  if (!isIsoDay(value)) throw new InvalidArgumentError('must be a day, YYYY-MM-DD');
  return value;
}

/** DIR/NAME.json for each file; two files of the same NAME would overwrite each other. */
function outFiles(files: readonly string[], dir: string): string[] | string {
  const outs = files.map((f) => path.join(dir, `${path.basename(f, path.extname(f))}.json`));
  const twice = outs.find((o, i) => outs.indexOf(o) !== i);
  return twice === undefined ? outs : `two inputs would both be written to ${twice}`;
}

async function main(files: readonly string[], opts: Options): Promise<number> {
  const outs = opts.out === undefined ? null : outFiles(files, opts.out);
  if (typeof outs === 'string') {
    process.stderr.write(`extract: ${outs}\n`);
    return 1;
  }
  let failed = 0;
  const fail = (file: string, message: string): void => {
    failed++;
    process.stderr.write(`${file}: ${message}\n`);
  };
  // Every file is read and checked before the sidecar is asked for: bad input never waits for CoreNLP.
  const inputs: (ArticleInput | null)[] = files.map((file) => {
    const r = readArticleFile(file, { title: opts.title, published: opts.published });
    if (r.ok) return r.input;
    fail(file, r.message);
    return null;
  });
  if (inputs.every((i) => i === null)) return 1;

  let nlp: Awaited<ReturnType<typeof openCliAnnotator>>;
  try {
    nlp = await openCliAnnotator({ cache: opts.cache ?? false });
  } catch (e) {
    files.forEach((file, i) => inputs[i] !== null && fail(file, `the NLP sidecar is not available: ${describeError(e)}`));
    return 1;
  }
  if (outs) mkdirSync(opts.out as string, { recursive: true });

  const emit = (outcome: Outcome, i: number): void => {
    const file = files[i] as string;
    if (!outcome.ok) return fail(file, outcome.message);
    const { x } = outcome;
    if (outs) {
      const out = outs[i] as string;
      writeFileSync(out, `${JSON.stringify(x)}\n`);
      process.stderr.write(`${file} → ${out} (${x.nodes.length} actors, ${x.relationships.length} relations)\n`);
    } else if (opts.json) {
      process.stdout.write(`${JSON.stringify(x)}\n`);
    } else {
      process.stdout.write(`${files.length > 1 ? `== ${file}\n` : ''}${summarise(x)}\n${files.length > 1 ? '\n' : ''}`);
    }
  };
  // Files that could not be read were reported above; the rest stream back in order, as many in flight as the sidecar has threads.
  const readable = inputs.flatMap((input, i) => (input ? [{ input, i }] : []));
  let k = 0;
  for await (const r of extractMany(readable.map((o) => o.input), nlp.annotator)) {
    emit(r.ok ? { ok: true, x: r.extraction } : { ok: false, message: describeError(r.error) }, (readable[k++] as { i: number }).i);
  }
  return failed > 0 ? 1 : 0;
}

new Command()
  .name('extract')
  .description('Extract actors and events from article files (one process, one NLP sidecar connection)')
  .argument('<file...>', 'article text files (NAME.meta.json beside one gives its title, published, source, url)')
  .option('--out <dir>', 'write DIR/NAME.json per file instead of printing')
  .option('--json', 'print the Extraction JSON (one line per file)')
  .option('--published <date>', 'publication date, YYYY-MM-DD (overrides the meta file)', isoDay)
  .option('--title <title>', 'article title (overrides the meta file)')
  .option('--cache', 'keep parses in DATA_DIR/nlp-cache and reuse them')
  .action(async (files: string[], opts: Options) => {
    process.exitCode = await main(files, opts);
  })
  .parseAsync()
  .catch((e: unknown) => {
    process.stderr.write(`extract: ${describeError(e)}\n`);
    process.exitCode = 1;
  });
