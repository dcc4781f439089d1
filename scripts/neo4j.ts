// `npm run neo4j -- [--port 7687] [--data-dir data/neo4j] [--build-only]`: runs
// the project's local Neo4j by hand until Ctrl-C (or only builds its launcher), so that the app, tests or Neo4j tools can
// use it via NEO4J_URI. It also records itself in <data-dir>/../neo4j.runtime.json,
// where the app (DATA_DIR=<data-dir>/..) looks for a running local Neo4j.
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { clearRuntime, writeRuntime } from '../server/db/runtime-file.ts';
import { ensureLauncherBuilt, startLocalNeo4j, LocalNeo4jError } from '../server/db/local-neo4j.ts';

interface Options {
  port: number;
  dataDir: string;
  logFile: string | undefined;
  heap: string;
  pageCache: string;
  buildOnly: boolean | undefined;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0..65535 (0: any free port)');
  return port;
}

const opts = new Command()
  .name('neo4j')
  .description('Run the local Neo4j (embedded, Bolt on 127.0.0.1, no auth) until Ctrl-C')
  .option('--port <port>', 'Bolt port on 127.0.0.1; 0 picks a free one', parsePort, 7687)
  .option('--data-dir <dir>', 'Neo4j home: store and debug.log, kept between runs', 'data/neo4j')
  .option('--log-file <file>', "launcher output (default: <data-dir>/../neo4j.log)")
  .option('--heap <size>', 'JVM max heap', '512m')
  .option('--page-cache <size>', 'Neo4j page cache', '256m')
  .option('--build-only', 'only build the Java launcher (e.g. ahead of tests), then exit')
  .parse()
  .opts<Options>();

async function main(): Promise<void> {
  if (opts.buildOnly) {
    await ensureLauncherBuilt();
    console.log('Neo4j launcher built');
    return;
  }
  const dataDir = path.resolve(opts.dataDir);
  const appDataDir = path.dirname(dataDir);
  const logFile = opts.logFile ?? path.join(appDataDir, 'neo4j.log');
  console.log(`starting Neo4j in ${dataDir} (log: ${logFile}) …`);
  const neo4j = await startLocalNeo4j({ dataDir, port: opts.port, logFile, heap: opts.heap, pageCache: opts.pageCache });
  writeRuntime(appDataDir, { boltUri: neo4j.boltUri, pid: neo4j.pid, owner: process.pid });
  console.log(`Neo4j ${neo4j.version} (${neo4j.edition}) ready, pid ${neo4j.pid}`);
  console.log(`  NEO4J_URI=${neo4j.boltUri}   (no auth; Ctrl-C stops it)`);
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('stopping Neo4j …');
    clearRuntime(appDataDir, neo4j.pid);
    neo4j.stop().then(
      () => process.exit(0),
      (e: unknown) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  const code = e instanceof LocalNeo4jError ? ` [${e.code}]` : '';
  console.error(`neo4j${code}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
