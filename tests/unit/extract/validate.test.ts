// validateArticleText: text in, or a typed refusal (EMPTY, BINARY, NOT_UTF8,
// TOO_LARGE) for input that is no article.
import { describe, expect, it } from 'vitest';
import { validateArticleText } from '../../../server/extract/validate.ts';

const opts = { maxBytes: 1000 };

describe('validateArticleText', () => {
  it('accepts ordinary text, as a string or UTF-8 bytes', () => {
    expect(validateArticleText('Norway expelled two diplomats.', opts)).toEqual({ ok: true, text: 'Norway expelled two diplomats.' });
    expect(validateArticleText(Buffer.from('Prague — Ünïcode ok', 'utf8'), opts)).toMatchObject({ ok: true });
  });

  it.each([
    ['empty', '', 'EMPTY'],
    ['whitespace only', '  \n\t ', 'EMPTY'],
    ['NUL bytes', Buffer.from([0x41, 0x00, 0x42]), 'BINARY'],
    ['control characters', '\u0001\u0002\u0003\u0004abc', 'BINARY'],
    ['invalid UTF-8', Buffer.from([0xff, 0xfe, 0x41, 0xc3]), 'NOT_UTF8'],
    ['too large', 'x'.repeat(1001), 'TOO_LARGE'],
  ])('rejects %s', (_label, input, code) => {
    const r = validateArticleText(input, opts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(code);
  });
});
