// A saved page's bytes decoded in the charset it declares, or UTF-8, or
// Windows-1252 when it declares nothing and is not UTF-8.
import { describe, expect, it } from 'vitest';
import { charsetOf, decodeHtml } from '../../../../server/load/html/index.ts';

// "Peru’s chargé – “x”" in Windows-1252: ’ 0x92, é 0xe9, – 0x96, “ 0x93, ” 0x94.
const CP1252 = [0x50, 0x65, 0x72, 0x75, 0x92, 0x73, 0x20, 0x63, 0x68, 0x61, 0x72, 0x67, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x78, 0x94];
const WORDS = 'Peru’s chargé – “x”';
const page = (head: string, body: number[]): Buffer => Buffer.concat([Buffer.from(`<html><head>${head}</head><body><p>`), Buffer.from(body), Buffer.from('</p></body></html>')]);

describe('decodeHtml', () => {
  it.each([
    ['<meta charset>', '<meta charset="windows-1252">'],
    ['http-equiv Content-Type', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">'],
    ['the label iso-8859-1 (which means Windows-1252)', '<meta charset=iso-8859-1>'],
    ['no declaration, bytes that are not UTF-8', ''],
  ])('decodes Windows-1252 by %s', (_what, head) => {
    expect(decodeHtml(page(head, CP1252))).toContain(WORDS);
  });

  it('decodes UTF-8 when nothing is declared and the bytes are UTF-8', () => {
    expect(decodeHtml(page('', [...Buffer.from(WORDS)]))).toContain(WORDS);
  });

  it('lets a BOM win over the declared charset', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), page('<meta charset="windows-1252">', [...Buffer.from(WORDS)])]);
    const text = decodeHtml(bytes);
    expect(text).toContain(WORDS);
    expect(text.startsWith('\uFEFF')).toBe(false);
  });

  it("lets the transport's charset win over the page's", () => {
    expect(decodeHtml(page('<meta charset="utf-8">', CP1252), 'windows-1252')).toContain(WORDS);
  });

  it.each([
    ['text/html; charset=ISO-8859-1', 'ISO-8859-1'],
    ['text/html;charset="utf-8"', 'utf-8'],
    ['text/html', undefined],
    [undefined, undefined],
  ])('reads the charset of %s', (type, charset) => {
    expect(charsetOf(type)).toBe(charset);
  });
});
