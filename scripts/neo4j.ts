// `npm run neo4j -- [--port 7687] [--data-dir data] [--build-only]`: runs the
// project's local Neo4j by hand until Ctrl-C (or only builds its launcher), so
// that the app, tests or Neo4j tools can use it. `--data-dir` is the app's
// DATA_DIR: the store goes to <data-dir>/neo4j, the launcher's output to
// <data-dir>/neo4j.log, and the runtime record to <data-dir>/neo4j.runtime.json,
// where an app with the same DATA_DIR finds it (and the password file). The
// first line on stdout is `NEO4J_READY {json}` (bolt, version, edition, pid,
// passwordFile) for scripts; the password itself is never printed.
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { clearRuntime, writeRuntime } from '../server/db/runtime-file.ts';
import { ensureLauncherBuilt, startLocalNeo4j, LocalNeo4jError } from '../server/db/local-neo4j.ts';
import { passwordFile } from '../server/db/neo4j-password.ts';

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
  .description('Run the local Neo4j (embedded, Bolt on 127.0.0.1, password in <data-dir>/neo4j/password) until Ctrl-C')
  .option('--port <port>', 'Bolt port on 127.0.0.1; 0 picks a free one', parsePort, 7687)
  .option('--data-dir <dir>', "the app's DATA_DIR: the store goes to <dir>/neo4j, kept between runs", 'data')
  .option('--log-file <file>', 'launcher output (default: <data-dir>/neo4j.log)')
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
  const appDataDir = path.resolve(opts.dataDir);
  const home = path.join(appDataDir, 'neo4j');
  const logFile = opts.logFile ?? path.join(appDataDir, 'neo4j.log');
  console.error(`starting Neo4j in ${home} (log: ${logFile}) …`);
  const neo4j = await startLocalNeo4j({ dataDir: home, port: opts.port, logFile, heap: opts.heap, pageCache: opts.pageCache });
  // NOTE: handlers before the ready line: a signal that finds none kills the process at once, leaving the runtime record behind.
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.error('stopping Neo4j …');
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
  writeRuntime(appDataDir, { boltUri: neo4j.boltUri, pid: neo4j.pid, owner: process.pid });
  const secret = passwordFile(home);
  console.log(`NEO4J_READY ${JSON.stringify({ bolt: neo4j.boltUri, version: neo4j.version, edition: neo4j.edition, pid: neo4j.pid, passwordFile: secret })}`);
  console.error(`Neo4j ${neo4j.version} (${neo4j.edition}) ready, pid ${neo4j.pid}; Ctrl-C stops it`);
  console.error(`  the app finds it with DATA_DIR=${appDataDir}; elsewhere: NEO4J_URI=${neo4j.boltUri} NEO4J_PASSWORD_FILE=${secret}`);
}

main().catch((e: unknown) => {
  const code = e instanceof LocalNeo4jError ? ` [${e.code}]` : '';
  console.error(`neo4j${code}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
