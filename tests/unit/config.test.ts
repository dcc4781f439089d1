import { describe, expect, it } from 'vitest';
import { ConfigError, hostName, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(3000);
    expect(c.dataDir.endsWith('data')).toBe(true);
    expect(c.logLevel).toBe('info');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://x' }, 'NEO4J_URI'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ NLP_HEAP: '1.5g' }, 'NLP_HEAP'],
    [{ NLP_THREADS: '0' }, 'NLP_THREADS'],
    [{ NLP_PORT: '-1' }, 'NLP_PORT'],
    [{ NLP_IDLE_EXIT_SECONDS: 'soon' }, 'NLP_IDLE_EXIT_SECONDS'],
  ])('rejects %o naming the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });

  it('refuses a non-loopback HOST without API_TOKEN', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/API_TOKEN/);
    expect(loadConfig({ HOST: '0.0.0.0', API_TOKEN: 'x'.repeat(32) }).host).toBe('0.0.0.0');
  });

  it('accepts an existing Neo4j by URI', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j.uri).toBe('neo4j+s://example.databases.neo4j.io');
    expect(c.neo4j.password).toBe('pw');
  });

  it('gives the NLP sidecar its documented defaults and takes overrides', () => {
    const d = loadConfig({}).nlp;
    expect(d).toMatchObject({ heap: '1200m', port: 0, idleExitSeconds: 900, requestTimeoutMs: 300_000, shared: false });
    expect(d.threads).toBeGreaterThanOrEqual(1);
    expect(d.threads).toBeLessThanOrEqual(2);
    expect(Object.isFrozen(d)).toBe(true);
    const c = loadConfig({ NLP_HEAP: '2g', NLP_THREADS: '4', NLP_PORT: '9011', NLP_IDLE_EXIT_SECONDS: '0', NLP_REQUEST_TIMEOUT_MS: '1000', NLP_SHARED: 'true' }).nlp;
    expect(c).toEqual({ heap: '2g', threads: 4, port: 9011, idleExitSeconds: 0, requestTimeoutMs: 1000, shared: true });
    expect(() => loadConfig({ NLP_SHARED: 'yes' })).toThrow(/NLP_SHARED/);
  });

  it.each([' '.repeat(16), `${'a'.repeat(16)} b`, `\t${'a'.repeat(20)}`, 'é'.repeat(16), 'short'])('refuses API_TOKEN %j (no header could ever carry it)', (token) => {
    expect(() => loadConfig({ API_TOKEN: token })).toThrow(/API_TOKEN/);
  });

  it('answers to the loopback names and HOST, plus ALLOWED_HOSTS without ports, lower-cased', () => {
    expect([...loadConfig({}).allowedHosts].sort()).toEqual(['127.0.0.1', '::1', 'localhost']);
    const c = loadConfig({ HOST: '0.0.0.0', API_TOKEN: 'x'.repeat(32), ALLOWED_HOSTS: 'Graph.Example.org:8443, [fd00::1]:80,,intranet' });
    expect([...c.allowedHosts].sort()).toEqual(['127.0.0.1', '::1', 'fd00::1', 'graph.example.org', 'intranet', 'localhost']);
    expect(loadConfig({ HOST: '10.0.0.5', API_TOKEN: 'x'.repeat(32) }).allowedHosts.has('10.0.0.5')).toBe(true);
  });

  it.each([
    ['127.0.0.1:3000', '127.0.0.1'],
    ['[::1]:3000', '::1'],
    ['::1', '::1'],
    ['LocalHost', 'localhost'],
    ['example.org:80', 'example.org'],
  ])('hostName(%j) is %j', (host, name) => {
    expect(hostName(host)).toBe(name);
  });

  it('has a request deadline of 10 s by default and takes another', () => {
    expect(loadConfig({}).requestDeadlineMs).toBe(10_000);
    expect(loadConfig({ REQUEST_DEADLINE_MS: '2500' }).requestDeadlineMs).toBe(2500);
    expect(() => loadConfig({ REQUEST_DEADLINE_MS: '5' })).toThrow(/REQUEST_DEADLINE_MS/);
  });

  it('reads NEO4J_PASSWORD_FILE as an absolute path', () => {
    expect(loadConfig({ NEO4J_PASSWORD_FILE: 'data/neo4j/password' }).neo4j.passwordFile).toMatch(/^\/.*data\/neo4j\/password$/);
  });
});
