// The supervised sidecar for real: after `kill -9` of its JVM it is restarted
// (a new pid) and the call that was in flight is answered by the new one,
// calls made while it is down fail at once with NLP_UNAVAILABLE, and when
// restarts keep failing it gives up after the bounded number of tries.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { processAlive } from '../../../server/java/process-alive.ts';
import { SupervisedAnnotator } from '../../../server/nlp/supervised-annotator.ts';
import { startNlpSidecar } from '../../../server/nlp/sidecar-process.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-supervised-'));
const logFile = path.join(dir, 'nlp.log');
const SAMPLE = path.resolve(import.meta.dirname, '../../../data/sample/albania-iran-2022.txt');
const logs: string[] = [];
/** Switched to a heap the JVM refuses, to make every restart fail for real. */
let heap = '1200m';
const pids: number[] = [];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sample article six times (~29,000 characters): long enough to kill the JVM while it parses. */
const longText = (): string => Array.from({ length: 6 }, () => readFileSync(SAMPLE, 'utf8')).join('\n\n');

async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('supervised NLP sidecar', () => {
  let annotator: SupervisedAnnotator;

  afterAll(async () => {
    await annotator?.stop();
    for (const pid of pids) expect(processAlive(pid)).toBe(false);
  });

  it('restarts after kill -9 and answers the call in flight on the new sidecar', async () => {
    annotator = await SupervisedAnnotator.start({
      start: async () => {
        const s = await startNlpSidecar({ logFile, threads: 1, heap });
        pids.push(s.pid);
        return s;
      },
      log: (level, message) => logs.push(`${level}: ${message}`),
      backoff: { baseMs: 100, maxMs: 400, maxAttempts: 3 },
      // Every sidecar that came up earns a fresh count of tries (the default asks for 60 s of uptime).
      stableMs: 0,
    });
    const first = annotator.current?.pid;
    expect(first).toBeGreaterThan(0);
    expect((await annotator.annotate('The envoy left Moscow.')).sentences).toHaveLength(1);

    let answered = false;
    const inFlight = annotator.annotate(longText()).finally(() => (answered = true));
    await sleep(400);
    process.kill(first!, 'SIGKILL');
    expect(answered).toBe(false);
    await until('the exit to be noticed', () => annotator.state !== 'up');
    await expect(annotator.annotate('Calls made now fail.')).rejects.toMatchObject({ code: 'NLP_UNAVAILABLE' });

    const parsed = await inFlight;
    expect(parsed.sentences.length).toBeGreaterThan(20);
    expect(annotator.state).toBe('up');
    expect(annotator.current?.pid).not.toBe(first);
    expect(processAlive(first!)).toBe(false);
    expect((await annotator.annotate('Angela Merkel visited Paris.')).sentences[0]?.tokens[0]?.ner).toBe('PERSON');
    expect(logs.some((l) => l.startsWith('warn: the NLP sidecar exited'))).toBe(true);
  }, 180_000);

  it('gives up after the bounded number of failed restarts; calls then fail with NLP_UNAVAILABLE', async () => {
    // NOTE: a JVM with a 1 MB heap refuses to start: a real, fast failure.
    heap = '1m';
    process.kill(annotator.current!.pid, 'SIGKILL');
    await until('the supervisor to give up', () => annotator.state === 'failed', 30_000);
    expect(logs.filter((l) => l.startsWith('error: restarting the NLP sidecar failed'))).toHaveLength(3);
    expect(logs.some((l) => l.includes('could not be restarted in 3 tries'))).toBe(true);
    await expect(annotator.annotate('Hello.')).rejects.toMatchObject({ code: 'NLP_UNAVAILABLE' });
  }, 60_000);
});
