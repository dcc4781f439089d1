// CSV export: a zip of nodes.csv, relationships.csv and manifest.json that
// csv-parse reads back with the right rows and the evidence intact.
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../server/export/export-graph.ts';
import { spreadsheetSafe } from '../../../server/export/write-csv.ts';
import { ELEMENTS, MANIFEST, NASTY } from './fixtures.ts';

type Row = Record<string, string>;

function unpack(): { nodes: Row[]; rels: Row[]; manifest: unknown; names: string[] } {
  const body = exportGraph(ELEMENTS, 'csv', MANIFEST).body;
  if (typeof body === 'string') throw new Error('csv export must be a zip');
  const files = unzipSync(body);
  const table = (name: string): Row[] => parse(strFromU8(files[name] ?? new Uint8Array()), { columns: true, bom: true });
  return {
    nodes: table('nodes.csv'),
    rels: table('relationships.csv'),
    manifest: JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())),
    names: Object.keys(files).sort(),
  };
}

describe('CSV export', () => {
  it('zips a nodes table, a relationships table and the manifest', () => {
    const { names, manifest } = unpack();
    expect(names).toEqual(['manifest.json', 'nodes.csv', 'relationships.csv']);
    expect(manifest).toMatchObject({ producedBy: 'query:who-attacked-whom', nodeCount: 3, edgeCount: 4 });
  });

  it('writes one row per node with labels and aliases joined by |', () => {
    const { nodes } = unpack();
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toMatchObject({ id: '4:db:1', labels: 'Actor|Country', label: 'Ruritania', key: 'country:ruritania', aliases: 'Strelsau|the Kingdom' });
    expect(nodes[2]).toMatchObject({ key: '', _type: 'minister', score: '0.5' });
  });

  it('writes one row per relationship, parallel edges included, with the evidence intact', () => {
    const { rels } = unpack();
    expect(rels).toHaveLength(4);
    expect(rels.filter((r) => r['type'] === 'ATTACKED' && r['source'] === '4:db:1' && r['target'] === '4:db:2')).toHaveLength(2);
    expect(rels[0]).toMatchObject({ sourceLabel: 'Ruritania', targetLabel: 'Freedonia', evidence: NASTY, articleId: 'article:one', when: '2031-07', start: '0' });
    expect(rels[2]).toMatchObject({ denies: 'ATTACKED', when: '' });
  });

  it.each([
    ['=HYPERLINK("x")', "'=HYPERLINK(\"x\")"],
    ['+1 attack', "'+1 attack"],
    ['-ruri', "'-ruri"],
    ['@cmd', "'@cmd"],
    ['Ruritania = Freedonia', 'Ruritania = Freedonia'],
  ])('keeps a spreadsheet from running %j as a formula', (value, cell) => {
    expect(spreadsheetSafe(value, value)).toBe(cell);
  });

  it('leaves negative numbers alone', () => {
    expect(spreadsheetSafe(-3, '-3')).toBe('-3');
  });
});
