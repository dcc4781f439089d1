// Reads the project's Cypher files by name, once, at start-up, and fails fast
// when one is missing: no Cypher is assembled from strings anywhere else.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's `cypher/` folder. */
export const CYPHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

export class CypherFileError extends Error {
  override readonly name = 'CypherFileError';
  readonly code = 'CYPHER_FILE_MISSING';
}

/** Strips `//` comment lines; keeps the statement text as written. */
export function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .trim();
}

/** Splits a multi-statement file (schema) on `;` at line ends. */
export function splitStatements(text: string): string[] {
  return stripComments(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Folders already read: every repository builds a catalog, the files are read once. */
const folderCache = new Map<string, ReadonlyMap<string, string>>();

/** Loads every `.cypher` file of one sub-folder of `cypher/` into a name → text map (read once per process). */
export function loadCypherFolder(folder: string, dir = CYPHER_DIR): ReadonlyMap<string, string> {
  const full = path.join(dir, folder);
  const cached = folderCache.get(full);
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const file of readdirSync(full).sort()) {
    if (file.endsWith('.cypher')) map.set(file.slice(0, -'.cypher'.length), readFileSync(path.join(full, file), 'utf8'));
  }
  folderCache.set(full, map);
  return map;
}

/** A named set of statements that throws on an unknown name at load time, not at query time. */
export class CypherCatalog<Name extends string> {
  private readonly texts: ReadonlyMap<Name, string>;

  constructor(names: readonly Name[], folder = 'app', dir = CYPHER_DIR) {
    const files = loadCypherFolder(folder, dir);
    const missing = names.filter((n) => !files.has(n));
    if (missing.length > 0) {
      throw new CypherFileError(`missing Cypher file(s) in ${path.join(dir, folder)}: ${missing.map((n) => `${n}.cypher`).join(', ')}`);
    }
    this.texts = new Map(names.map((n) => [n, stripComments(files.get(n) ?? '')]));
  }

  get(name: Name): string {
    const text = this.texts.get(name);
    if (text === undefined) throw new CypherFileError(`unknown Cypher statement ${name}`);
    return text;
  }
}
