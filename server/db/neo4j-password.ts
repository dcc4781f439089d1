// The password of the local Neo4j: generated at its first start, kept in
// `<Neo4j home>/password` (mode 0600, in a 0700 directory), handed to the
// launcher on stdin and to the driver, never logged, never in argv or the
// environment. Other processes on the same DATA_DIR (`npm run load` while the
// app runs) read the same file; `NEO4J_PASSWORD_FILE` points the app at it
// for a Neo4j started by hand (`npm run neo4j`).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const LOCAL_NEO4J_USER = 'neo4j';

export const passwordFile = (neo4jHome: string): string => path.join(path.resolve(neo4jHome), 'password');

/** The password in a password file: its first line, trimmed; undefined when there is no file. */
export function readPasswordFile(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const password = text.split('\n')[0]?.trim() ?? '';
  if (password === '') throw new Error(`${file} is empty: delete it to have a new password generated at the next start`);
  return password;
}

/** The local Neo4j's password under neo4jHome, created (random, 0600) when there is none yet. */
export function localNeo4jPassword(neo4jHome: string): string {
  const file = passwordFile(neo4jHome);
  const existing = readPasswordFile(file);
  if (existing !== undefined) {
    // NOTE: also tightens a file an older version or a user left readable by others.
    chmodSync(file, 0o600);
    return existing;
  }
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const password = randomBytes(24).toString('base64url');
  try {
    // NOTE: 'wx': when two processes start at once, the one that loses the race reads the winner's.
    writeFileSync(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return localNeo4jPassword(neo4jHome);
    throw e;
  }
  return password;
}
