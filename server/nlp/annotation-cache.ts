// An Annotator decorator that keeps parses on disk: DATA_DIR/nlp-cache/
// PIPELINE/SHA256.json.gz, keyed by the sidecar's pipeline fingerprint (its
// annotators and options, from /health) and the sha256 of the text. Entries
// are gzip JSON, written atomically (a temporary file renamed) and checked with
// AnnotationSchema when read: a corrupt or foreign entry counts as a miss and
// is written again. A cache that cannot be written costs speed, never a parse.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { AnnotationSchema, type Annotation, type Annotator } from './annotation.ts';
import type { NlpLog } from './nlp-log.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

export interface AnnotationCacheOptions {
  /** Root of the cache, usually annotationCacheDir(DATA_DIR). */
  readonly dir: string;
  /**
   * The pipeline fingerprint of the parses `inner` gives, asked at each call:
   * a shared sidecar that went away may come back with another pipeline.
   */
  readonly pipeline: () => string;
  /** Told about entries ignored or not written; default silent. */
  readonly log?: NlpLog;
}

export interface AnnotationCacheStats {
  readonly hits: number;
  readonly misses: number;
}

/** DATA_DIR/nlp-cache. */
export const annotationCacheDir = (dataDir: string): string => path.join(dataDir, 'nlp-cache');

/** A directory name for a fingerprint: itself when it is a plain token, else its hash. */
const pipelineDir = (pipeline: string): string => (/^[\w.-]{1,64}$/.test(pipeline) ? pipeline : createHash('sha256').update(pipeline).digest('hex').slice(0, 32));

export class CachedAnnotator implements Annotator {
  private hitCount = 0;
  private missCount = 0;

  constructor(
    private readonly inner: Annotator,
    private readonly opts: AnnotationCacheOptions,
  ) {}

  /** Where the parse of `text` is kept under the current pipeline. */
  entryFile(text: string): string {
    return this.fileFor(createHash('sha256').update(text, 'utf8').digest('hex'));
  }

  private fileFor(sha: string): string {
    return path.join(this.opts.dir, pipelineDir(this.opts.pipeline()), `${sha}.json.gz`);
  }

  stats(): AnnotationCacheStats {
    return { hits: this.hitCount, misses: this.missCount };
  }

  async annotate(text: string): Promise<Annotation> {
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    const cached = await this.read(this.fileFor(sha));
    if (cached) {
      this.hitCount++;
      return cached;
    }
    this.missCount++;
    const annotation = await this.inner.annotate(text);
    // NOTE: the parse is written under the pipeline it was made with, which may have changed during the call.
    await this.write(this.fileFor(sha), annotation);
    return annotation;
  }

  private async read(file: string): Promise<Annotation | undefined> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return undefined;
    }
    try {
      const parsed = AnnotationSchema.safeParse(JSON.parse((await gunzipAsync(bytes)).toString('utf8')));
      if (parsed.success) return parsed.data;
    } catch {
      // not gzip or not JSON: reported below like an entry of the wrong shape
    }
    this.opts.log?.('warn', 'ignoring a corrupt entry of the annotation cache', { file });
    return undefined;
  }

  private async write(file: string, annotation: Annotation): Promise<void> {
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, await gzipAsync(JSON.stringify(annotation)));
      await rename(tmp, file);
    } catch (e) {
      await rm(tmp, { force: true }).catch(() => undefined);
      this.opts.log?.('warn', 'could not write to the annotation cache', { file, reason: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** `inner` with its parses kept on disk; see the module comment. */
export const withAnnotationCache = (inner: Annotator, opts: AnnotationCacheOptions): CachedAnnotator => new CachedAnnotator(inner, opts);
