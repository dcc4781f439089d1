// The NLP sidecar of the test run (nlp-global-setup.ts) as an Annotator, for
// integration tests that parse text: `const nlp = testAnnotator()`; and the
// environment that makes a child process (the server, a CLI) use it.
import { inject } from 'vitest';
import { SidecarClient } from '../../server/nlp/sidecar-client.ts';

/** A client of the run's sidecar; the timeout covers a long article on a loaded machine. */
export function testAnnotator(timeoutMs = 120_000): SidecarClient {
  return new SidecarClient({ port: inject('nlpPort'), token: inject('nlpToken') }, { timeoutMs });
}

/**
 * DATA_DIR records the run's sidecar (port, token, pid): CLIs reuse it as they
 * reuse any shared sidecar, and NLP_SHARED makes the server do the same
 * instead of starting its own. Neither reads a port or token from here.
 */
export function sharedNlpEnv(): { DATA_DIR: string; NLP_SHARED: 'true' } {
  return { DATA_DIR: inject('nlpDataDir'), NLP_SHARED: 'true' };
}
