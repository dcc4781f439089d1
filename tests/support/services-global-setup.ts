// Vitest global setup of the integration and e2e projects: the real local
// Neo4j and the real NLP sidecar, started in parallel (each takes seconds).
// If one fails, the other is stopped again.
import type { TestProject } from 'vitest/node';
import neo4jSetup from './neo4j-global-setup.ts';
import nlpSetup from './nlp-global-setup.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = await Promise.allSettled([neo4jSetup(project), nlpSetup(project)]);
  const teardowns = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const teardown = async (): Promise<void> => {
    await Promise.all(teardowns.map((t) => t()));
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await teardown();
    throw failed.reason;
  }
  return teardown;
}
