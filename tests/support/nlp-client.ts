// The NLP sidecar of the test run (nlp-global-setup.ts) as an Annotator, for
// integration tests that parse text: `const nlp = testAnnotator()`.
import { inject } from 'vitest';
import { SidecarClient } from '../../server/nlp/sidecar-client.ts';

/** A client of the run's sidecar; the timeout covers a long article on a loaded machine. */
export function testAnnotator(timeoutMs = 120_000): SidecarClient {
  return new SidecarClient({ port: inject('nlpPort'), token: inject('nlpToken') }, { timeoutMs });
}
