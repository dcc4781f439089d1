// The server's NLP: its own attached, supervised sidecar, recorded in
// DATA_DIR/nlp.runtime.json while the server runs (CLIs run meanwhile reuse
// it), the record removed on close(). With NLP_SHARED, the sidecar the CLIs
// share instead (shared-sidecar.ts: the recorded one, checked with its token,
// else a detached one), which close() leaves running for the next user.
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Annotator } from './annotation.ts';
import { pinoNlpLog } from './nlp-log.ts';
import { clearNlpRuntime, nlpLogFile, recordNlpSidecar } from './nlp-runtime-file.ts';
import { connectSharedSidecar } from './shared-sidecar.ts';
import { startNlpSidecar } from './sidecar-process.ts';
import { SupervisedAnnotator } from './supervised-annotator.ts';

export interface OpenNlp {
  /** The Annotator the server hands to whatever extracts. */
  readonly annotator: Annotator;
  /** Stops the sidecar and removes its record (a shared sidecar is left running). */
  close(): Promise<void>;
}

async function openSharedNlp(config: Config, log: Logger): Promise<OpenNlp> {
  const shared = await connectSharedSidecar({ dataDir: config.dataDir, log: pinoNlpLog(log), ...config.nlp });
  const { port, pid, pipeline, detached, reused } = shared.info();
  log.info({ port, pid, pipeline, detached, reused }, 'using the shared NLP sidecar (NLP_SHARED)');
  return {
    annotator: shared.client,
    // NOTE: nothing to stop: the sidecar belongs to whoever started it (a
    // detached one exits by itself when idle); the client holds no resource.
    close: () => Promise.resolve(),
  };
}

export async function openNlp(config: Config, log: Logger): Promise<OpenNlp> {
  if (config.nlp.shared) return openSharedNlp(config, log);
  const nlp = config.nlp;
  const logFile = nlpLogFile(config.dataDir);
  log.info({ heap: nlp.heap, threads: nlp.threads, log: logFile }, 'starting the NLP sidecar (Stanford CoreNLP)');
  // Each restart records its sidecar over the last one, so only the last pid can still be in the file.
  let recorded: number | undefined;
  const annotator = await SupervisedAnnotator.start({
    start: () => startNlpSidecar({ logFile, port: nlp.port, threads: nlp.threads, heap: nlp.heap, requestTimeoutMs: nlp.requestTimeoutMs }),
    log: pinoNlpLog(log),
    onStarted: (sidecar) => {
      recordNlpSidecar(config.dataDir, sidecar, false);
      recorded = sidecar.pid;
      log.info({ port: sidecar.port, pid: sidecar.pid, loadMs: sidecar.loadMs, pipeline: sidecar.pipeline, maxHeapMiB: sidecar.maxHeapMiB }, 'NLP sidecar ready');
    },
  });
  return {
    annotator,
    async close() {
      await annotator.stop();
      if (recorded !== undefined) clearNlpRuntime(config.dataDir, recorded);
    },
  };
}
