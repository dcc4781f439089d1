// exportGraph: the format registry, file names, content types, the manifest's
// counts, and the JSON format (re-importable Cytoscape elements).
import { describe, expect, it } from 'vitest';
import type { GraphElement } from '../../../server/api/contract.ts';
import { EXPORT_FORMATS, exportGraph, type ExportManifest } from '../../../server/export/export-graph.ts';
import { exportFilename, slugify } from '../../../server/export/filename.ts';
import { ELEMENTS, MANIFEST, attack1, freedonia, ruritania } from './fixtures.ts';

describe('exportGraph', () => {
  it.each([
    ['json', 'application/json; charset=utf-8', '.json'],
    ['csv', 'application/zip', '.csv.zip'],
    ['graphml', 'application/graphml+xml; charset=utf-8', '.graphml'],
    ['gexf', 'application/gexf+xml; charset=utf-8', '.gexf'],
    ['cypher', 'application/x-cypher-query; charset=utf-8', '.cypher'],
  ] as const)('writes %s as %s named *%s', (format, contentType, ext) => {
    const file = exportGraph(ELEMENTS, format, MANIFEST);
    expect(file.contentType).toBe(contentType);
    expect(file.filename).toBe(`actorgraph-query-who-attacked-whom-20310703-040506${ext}`);
    expect(file.body.length).toBeGreaterThan(0);
  });

  it('has a writer for every format', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'csv', 'graphml', 'gexf', 'cypher']);
  });

  it('writes {manifest, elements} JSON with the counts of what it wrote', () => {
    const file = exportGraph(ELEMENTS, 'json', MANIFEST);
    const parsed = JSON.parse(String(file.body)) as { manifest: ExportManifest; elements: GraphElement[] };
    expect(parsed.manifest).toEqual({ ...MANIFEST, nodeCount: 3, edgeCount: 4 });
    expect(parsed.elements).toEqual(ELEMENTS);
  });

  it('drops duplicate ids and edges whose ends are not exported, and counts what is left', () => {
    const dangling: GraphElement = { group: 'edges', data: { ...attack1.data, id: 'x', target: 'missing' } };
    const file = exportGraph([ruritania, freedonia, ruritania, attack1, attack1, dangling], 'json', MANIFEST);
    const parsed = JSON.parse(String(file.body)) as { manifest: ExportManifest; elements: GraphElement[] };
    expect(parsed.manifest).toMatchObject({ nodeCount: 2, edgeCount: 1 });
    expect(parsed.elements.map((e) => e.data.id)).toEqual(['4:db:1', '4:db:2', '5:db:10']);
  });

  it.each(EXPORT_FORMATS)('writes an empty subgraph as %s', (format) => {
    expect(() => exportGraph([], format, { ...MANIFEST, query: undefined, params: undefined })).not.toThrow();
  });
});

describe('file names', () => {
  it.each([
    ['query:who-attacked-whom', 'query-who-attacked-whom'],
    ['cypher', 'cypher'],
    ['Zürich / Ruritania  ', 'zurich-ruritania'],
    ['../../etc/passwd', 'etc-passwd'],
    ['', 'export'],
    ['🚀', 'export'],
  ])('slugs %j as %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('stamps the UTC creation time, or now when createdAt does not parse', () => {
    expect(exportFilename('elements', '2031-01-02T03:04:05+02:00', 'json')).toBe('actorgraph-elements-20310102-010405.json');
    expect(exportFilename('elements', 'not a date', 'json')).toMatch(/^actorgraph-elements-\d{8}-\d{6}\.json$/);
  });
});
