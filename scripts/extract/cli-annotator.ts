// The Annotator of the extraction CLIs (`extract`, `eval`, `record-parses`):
// one connection to the NLP sidecar shared under DATA_DIR (started detached
// when none answers; its progress goes to stderr, never stdout), optionally
// behind the on-disk annotation cache.
import { loadConfig } from '../../server/config.ts';
import type { Annotator } from '../../server/nlp/annotation.ts';
import { annotationCacheDir, withAnnotationCache, type CachedAnnotator } from '../../server/nlp/annotation-cache.ts';
import { stderrNlpLog } from '../../server/nlp/nlp-log.ts';
import { connectSharedSidecar, type SharedSidecar } from '../../server/nlp/shared-sidecar.ts';

export interface CliAnnotator {
  readonly annotator: Annotator;
  readonly sidecar: SharedSidecar;
  /** The cache in front of the sidecar, when asked for. */
  readonly cache: CachedAnnotator | null;
}

/** The sidecar shared under dataDir (default DATA_DIR), with the configured settings and progress on stderr. */
export function connectCliSidecar(dataDir?: string): Promise<SharedSidecar> {
  const config = loadConfig();
  return connectSharedSidecar({ dataDir: dataDir ?? config.dataDir, log: stderrNlpLog, ...config.nlp });
}

export async function openCliAnnotator(opts: { readonly cache: boolean }): Promise<CliAnnotator> {
  const config = loadConfig();
  const sidecar = await connectCliSidecar(config.dataDir);
  if (!opts.cache) return { annotator: sidecar.client, sidecar, cache: null };
  const cache = withAnnotationCache(sidecar.client, { dir: annotationCacheDir(config.dataDir), pipeline: () => sidecar.info().pipeline, log: stderrNlpLog });
  return { annotator: cache, sidecar, cache };
}
