// `node --import tsx tests/support/connect-shared-sidecar.ts DATA_DIR [IDLE_S]`:
// a stand-in for a CLI run once per article. Connects to (or starts) the
// shared NLP sidecar of DATA_DIR, annotates one sentence, prints
// {"pid", "port", "reused", "sentences"} and exits.
import { connectSharedSidecar } from '../../server/nlp/shared-sidecar.ts';

const [dataDir, idle] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: connect-shared-sidecar.ts DATA_DIR [IDLE_SECONDS]');
const shared = await connectSharedSidecar({
  dataDir,
  log: (level, message) => process.stderr.write(`${level}: ${message}\n`),
  threads: 1,
  ...(idle === undefined ? {} : { idleExitSeconds: Number(idle) }),
});
const parsed = await shared.client.annotate('The minister flew to Tirana.');
const { pid, port, reused } = shared.info();
process.stdout.write(`${JSON.stringify({ pid, port, reused, sentences: parsed.sentences.length })}\n`);
