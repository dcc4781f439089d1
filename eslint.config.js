// Lint: type-checked typescript-eslint rules plus the import directions of
// STYLE.md (client → server only as types from the API contract; only the db
// layer touches neo4j-driver; the extractor imports neither Express nor Neo4j;
// server/java and server/nlp import neither, nor the layers that use them).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const restrict = (paths, patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'scripts/neo4j/target/', 'scripts/nlp/target/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
    },
  },
  {
    // Only the db layer and the scripts/tests that set it up talk to Neo4j.
    files: ['server/**/*.ts'],
    ignores: ['server/db/**'],
    rules: restrict(
      [{ name: 'neo4j-driver', message: 'Only server/db/ imports neo4j-driver; take a repository from there.', allowTypeImports: false }],
      [],
    ),
  },
  {
    // Java child processes (launcher builds, process plumbing, the NLP sidecar's
    // client) know neither the database nor HTTP serving.
    files: ['server/java/**/*.ts', 'server/nlp/**/*.ts'],
    rules: restrict(
      [
        { name: 'neo4j-driver', message: 'server/java and server/nlp run Java children; the database is server/db.' },
        { name: 'express', message: 'server/java and server/nlp serve no HTTP.' },
      ],
      [{ group: ['**/db/**', '**/http/**', '**/load/**', '**/extract/**'], message: 'server/java and server/nlp import nothing from the layers that use them.' }],
    ),
  },
  {
    files: ['server/java/**/*.ts'],
    rules: restrict(
      [
        { name: 'neo4j-driver', message: 'server/java is generic Java plumbing: no database.' },
        { name: 'express', message: 'server/java is generic Java plumbing: no HTTP.' },
      ],
      [{ group: ['**/db/**', '**/http/**', '**/load/**', '**/extract/**', '**/nlp/**', '**/config*', '**/logger*'], message: 'server/java is generic: each user (db/, nlp/) passes it what it needs.' }],
    ),
  },
  {
    files: ['server/extract/**/*.ts'],
    rules: restrict(
      [
        { name: 'neo4j-driver', message: 'The extractor is pure: no database.' },
        { name: 'express', message: 'The extractor is pure: no HTTP.' },
      ],
      [{ group: ['**/db/**', '**/http/**', '**/api/**', '**/load/**'], message: 'The extractor imports nothing from the layers above it.' }],
    ),
  },
  {
    // Web page → article text is pure: markup in, text and metadata out.
    files: ['server/load/html/**/*.ts'],
    rules: restrict(
      [
        { name: 'neo4j-driver', message: 'server/load/html is pure: no database.' },
        { name: 'express', message: 'server/load/html is pure: no HTTP.' },
      ],
      [{ group: ['**/db/**', '**/http/**', '**/nlp/**', '**/extract/**', '**/config*', '**/logger*', 'node:fs', 'node:fs/*'], message: 'server/load/html imports only its own files and its parsing libraries.' }],
    ),
  },
  {
    files: ['client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [
        { name: 'neo4j-driver', message: 'The client talks to the API, never to Neo4j.' },
        { name: 'express', message: 'The client runs in the browser.' },
      ],
      [
        { group: ['**/server/api/contract*'], allowTypeImports: true, message: 'The client imports the API contract as types only.' },
        { group: ['**/server/**', '!**/server/api/contract*'], message: 'The client imports only the API contract (as types) from the server.' },
      ],
    ),
  },
  {
    // NOTE: HTTP response bodies in tests are `any` by supertest's typing; the
    // assertions themselves narrow them.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
