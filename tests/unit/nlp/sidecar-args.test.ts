import { describe, expect, it } from 'vitest';
import { sidecarArgs } from '../../../server/nlp/sidecar-args.ts';
import { SIDECAR_MAIN_CLASS } from '../../../server/nlp/sidecar-build.ts';

const base = { classpath: '/x/classes:/m2/corenlp.jar', heap: '1500m', port: 0, threads: 2, maxChars: 2_000_000 };

describe('sidecarArgs', () => {
  it('gives the heap, the classpath, the main class and its options', () => {
    const args = sidecarArgs(base);
    expect(args[0]).toBe('-Xmx1500m');
    expect(args.slice(args.indexOf('-cp'), args.indexOf('-cp') + 3)).toEqual(['-cp', base.classpath, SIDECAR_MAIN_CLASS]);
    expect(args.slice(args.indexOf(SIDECAR_MAIN_CLASS) + 1)).toEqual(['--port', '0', '--threads', '2', '--max-chars', '2000000']);
  });

  it('makes a detached sidecar with its idle exit only when asked', () => {
    expect(sidecarArgs(base)).not.toContain('--detached');
    expect(sidecarArgs({ ...base, idleExitSeconds: 900 }).slice(-3)).toEqual(['--detached', '--idle-exit-seconds', '900']);
    expect(sidecarArgs({ ...base, idleExitSeconds: 0 }).slice(-3)).toEqual(['--detached', '--idle-exit-seconds', '0']);
  });
});
