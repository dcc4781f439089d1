import { describe, expect, it } from 'vitest';
import { MavenProgress, SegmentSplitter } from '../../../server/java/maven-progress.ts';

const CENTRAL = 'https://repo.maven.apache.org/maven2';
const MODELS = `${CENTRAL}/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar`;

describe('SegmentSplitter', () => {
  it('splits at newlines and at the carriage returns of rewritten progress lines, across chunks', () => {
    const s = new SegmentSplitter();
    expect(s.feed('Progress (1): 1/474 MB\rProgress (1): 2/4')).toEqual(['Progress (1): 1/474 MB']);
    expect(s.feed('74 MB\r   \r\nDownloaded from central: x\r\n[INFO] BUILD')).toEqual(['Progress (1): 2/474 MB', 'Downloaded from central: x']);
    expect(s.end()).toEqual(['[INFO] BUILD']);
  });
});

describe('MavenProgress', () => {
  const at = (times: number[]): (() => number) => {
    let i = 0;
    return () => times[Math.min(i++, times.length - 1)] ?? 0;
  };

  it('says once that downloading started, with or without the [INFO] of batch mode', () => {
    const p = new MavenProgress({ now: () => 0 });
    expect(p.line(`[INFO] Downloading from central: ${CENTRAL}/a/a.pom`)).toMatch(/^downloading dependencies/);
    expect(p.line(`Downloading from central: ${CENTRAL}/b/b.jar`)).toBeUndefined();
  });

  it('names files of 5 MB or more when they arrive and only counts smaller ones', () => {
    const p = new MavenProgress({ now: () => 0 });
    p.line(`Downloading from central: ${CENTRAL}/a/small.jar`);
    expect(p.line(`Downloaded from central: ${CENTRAL}/a/small.jar (31 kB at 1.7 MB/s)`)).toBeUndefined();
    expect(p.line(`Downloaded from central: ${MODELS} (474 MB at 45 MB/s)`)).toBe('downloaded stanford-corenlp-4.5.10-models.jar (474 MB; 2 files, 474 MB done)');
  });

  it('reports transfer progress at most once per interval, naming the only file in flight', () => {
    const p = new MavenProgress({ intervalMs: 5_000, now: at([0, 1_000, 6_000, 6_000, 7_000]) });
    p.line(`Downloading from central: ${MODELS}`);
    expect(p.line('Progress (1): 24/474 MB')).toBeUndefined();
    expect(p.line('Progress (1): 300/474 MB')).toBe('downloading stanford-corenlp-4.5.10-models.jar 300/474 MB (0 files, 0.0 MB done)');
    expect(p.line('Progress (1): 301/474 MB')).toBeUndefined();
  });

  it('lists the transfers when several are in flight', () => {
    const p = new MavenProgress({ intervalMs: 0, now: () => 0 });
    p.line(`Downloading from central: ${CENTRAL}/a/a.jar`);
    p.line(`Downloading from central: ${CENTRAL}/b/b.jar`);
    expect(p.line('Progress (2): 0.1/1.4 MB | 184/326 kB')).toBe('downloading 0.1/1.4 MB, 184/326 kB (0 files, 0.0 MB done)');
  });

  it('tells transfer lines from the rest of the output', () => {
    expect(MavenProgress.isTransferLine('Progress (3): 214 kB | 1.2/3 MB | 8/413 kB')).toBe(true);
    expect(MavenProgress.isTransferLine('[ERROR] COMPILATION ERROR')).toBe(false);
  });
});
