// `npm run nlp -- [--build-only] [--status] [--stop] [--data-dir data]`: the
// NLP sidecar (Stanford CoreNLP) by hand. Without a flag it makes sure the
// sidecar shared by CLIs runs for DATA_DIR (started detached when none
// answers; it exits after NLP_IDLE_EXIT_SECONDS without a request) and prints
// it. --build-only only builds it (CI, ahead of tests); --status shows what
// DATA_DIR/nlp.runtime.json records; --stop stops a shared sidecar.
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../server/config.ts';
import { NlpError } from '../server/nlp/nlp-error.ts';
import { stderrNlpLog } from '../server/nlp/nlp-log.ts';
import { connectSharedSidecar } from '../server/nlp/shared-sidecar.ts';
import { sharedSidecarStatus, stopSharedSidecar } from '../server/nlp/shared-sidecar-control.ts';
import { ensureSidecarBuilt } from '../server/nlp/sidecar-build.ts';

interface Options {
  buildOnly: boolean | undefined;
  status: boolean | undefined;
  stop: boolean | undefined;
  dataDir: string | undefined;
  idleExitSeconds: number | undefined;
}

function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number of seconds, 0 for never');
  return n;
}

const opts = new Command()
  .name('nlp')
  .description('Build, start, inspect or stop the NLP sidecar (Stanford CoreNLP) that CLIs share')
  .option('--build-only', 'only build the sidecar with Maven (downloads ~490 MB the first time), then exit')
  .option('--status', 'show the sidecar recorded in DATA_DIR/nlp.runtime.json and whether it answers')
  .option('--stop', 'stop the shared sidecar recorded in DATA_DIR/nlp.runtime.json')
  .option('--data-dir <dir>', 'the app data directory (default: DATA_DIR, else data)')
  .option('--idle-exit-seconds <n>', 'a sidecar started now exits after this many idle seconds (default: NLP_IDLE_EXIT_SECONDS)', parseSeconds)
  .parse()
  .opts<Options>();

async function main(): Promise<void> {
  if (opts.buildOnly) {
    await ensureSidecarBuilt();
    console.log('NLP sidecar built');
    return;
  }
  const config = loadConfig();
  const dataDir = path.resolve(opts.dataDir ?? config.dataDir);
  if (opts.status) {
    const status = await sharedSidecarStatus(dataDir);
    if (!status.running) {
      console.log(`not running: ${status.reason}`);
      process.exitCode = 3;
      return;
    }
    const { info } = status;
    console.log(`NLP sidecar ${info.version} (pipeline ${info.pipeline}) on 127.0.0.1:${info.port}, pid ${info.pid}, since ${info.startedAt}`);
    console.log(info.detached ? '  shared (detached): exits by itself when idle; --stop stops it' : `  the server's own (server pid ${info.ownerPid})`);
    return;
  }
  if (opts.stop) {
    const result = await stopSharedSidecar(dataDir);
    if (result.stopped) console.log(`stopped the shared NLP sidecar (pid ${result.pid})`);
    else {
      console.log(result.message);
      if (result.reason === 'owned-by-server') process.exitCode = 1;
    }
    return;
  }
  const shared = await connectSharedSidecar({
    dataDir,
    log: stderrNlpLog,
    ...config.nlp,
    ...(opts.idleExitSeconds === undefined ? {} : { idleExitSeconds: opts.idleExitSeconds }),
  });
  const info = shared.info();
  console.log(`NLP sidecar ${info.version} (pipeline ${info.pipeline}) on 127.0.0.1:${info.port}, pid ${info.pid}${info.reused ? ' (already running)' : ''}`);
}

main().catch((e: unknown) => {
  const code = e instanceof NlpError ? ` [${e.code}]` : '';
  console.error(`nlp${code}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
