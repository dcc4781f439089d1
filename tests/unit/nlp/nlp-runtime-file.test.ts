import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearNlpRuntime, nlpRuntimeFile, parseNlpRuntime, readNlpRuntime, writeNlpRuntime, type NlpRuntime } from '../../../server/nlp/nlp-runtime-file.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-nlp-runtime-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const record: NlpRuntime = {
  port: 41234,
  token: 'a'.repeat(43),
  pid: 4242,
  startedAt: '2026-01-01T00:00:00.000Z',
  version: '4.5.10',
  pipeline: '2133608804b02126',
  detached: true,
  ownerPid: 4141,
};

describe('parseNlpRuntime', () => {
  it('reads a complete record', () => {
    expect(parseNlpRuntime(JSON.stringify(record))).toEqual(record);
  });

  it.each([
    ['not JSON', '{port: 1'],
    ['an empty file', ''],
    ['a missing token', JSON.stringify({ ...record, token: undefined })],
    ['a short token', JSON.stringify({ ...record, token: 'short' })],
    ['port 0', JSON.stringify({ ...record, port: 0 })],
    ['a pid that is a string', JSON.stringify({ ...record, pid: '4242' })],
    ['a record of the Neo4j runtime file', JSON.stringify({ boltUri: 'bolt://127.0.0.1:7687', pid: 1, owner: 2 })],
  ])('takes %s for a stale file (undefined)', (_what, text) => {
    expect(parseNlpRuntime(text)).toBeUndefined();
  });
});

describe('the runtime file', () => {
  it('is written with mode 0600 and read back', () => {
    writeNlpRuntime(dir, record);
    expect(statSync(nlpRuntimeFile(dir)).mode & 0o777).toBe(0o600);
    expect(readNlpRuntime(dir)).toEqual(record);
  });

  it('keeps mode 0600 when it replaces a world-readable file', () => {
    writeFileSync(nlpRuntimeFile(dir), '{}', { mode: 0o644 });
    writeNlpRuntime(dir, record);
    expect(statSync(nlpRuntimeFile(dir)).mode & 0o777).toBe(0o600);
  });

  it('is removed only by the pid it names', () => {
    writeNlpRuntime(dir, record);
    clearNlpRuntime(dir, 1);
    expect(readNlpRuntime(dir)).toBeDefined();
    clearNlpRuntime(dir, record.pid);
    expect(readNlpRuntime(dir)).toBeUndefined();
  });
});
