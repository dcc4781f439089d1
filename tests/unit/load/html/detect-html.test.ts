// Which inputs are web pages: by content type, by file name, or by content
// that opens as HTML or is mostly tags; text with a "<" in it stays text.
import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../../../server/load/html/index.ts';

const STORY = 'Norway expelled three Russian diplomats on Monday, the Norwegian Foreign Ministry said.';

describe('looksLikeHtml', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><html><body><p>x</p></body></html>'],
    ['a lower-case doctype after whitespace', '\n\n   <!doctype html>\n<p>x</p>'],
    ['<html> with attributes', '<html lang="en"><head><title>x</title></head></html>'],
    ['a BOM, comments and an XML declaration first', '\uFEFF<?xml version="1.0"?>\n<!-- saved from url=(0042)https://example.org/ -->\n<!-- another -->\n<!DOCTYPE html><html></html>'],
    ['a fragment that is mostly tags', `<div class="story"><h1>Expelled</h1><p>${STORY}</p><p>${STORY}</p></div>`],
  ])('takes %s for HTML', (_what, content) => {
    expect(looksLikeHtml(content)).toBe(true);
    expect(looksLikeHtml(Buffer.from(content))).toBe(true);
  });

  it('sees a doctype behind a UTF-8 BOM in bytes', () => {
    expect(looksLikeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<!doctype html><p>x</p>')]))).toBe(true);
  });

  it.each([
    ['plain text', STORY],
    ['text with a comparison', `Turnout was < 40% in the capital. ${STORY}`],
    ['a wire tag in angle brackets', `<Reuters> ${STORY}`],
    ['text that quotes one tag', `The page said <b>${STORY}</b> and nothing more, which the ministry repeated at length to reporters on Tuesday.`],
    ['text that mentions <html> later on', `${STORY} Its site starts with <html> like any other.`],
    ['an e-mail address in angle brackets', `From: Press Office <press@example.org>\n\n${STORY}`],
  ])('keeps %s as text', (_what, content) => {
    expect(looksLikeHtml(content)).toBe(false);
  });

  it.each([
    [{ contentType: 'text/html' }],
    [{ contentType: 'text/html; charset=windows-1252' }],
    [{ contentType: 'application/xhtml+xml' }],
    [{ name: 'page.html' }],
    [{ name: 'PAGE.HTM' }],
    [{ name: 'page.xhtml' }],
  ])('takes whatever comes with %j for HTML', (hints) => {
    expect(looksLikeHtml(STORY, hints)).toBe(true);
  });

  it.each([[{ contentType: 'text/plain' }], [{ name: 'article.txt' }], [{ name: 'notes.html.txt' }], [{ contentType: 'text/htmlx' }]])('does not take %j alone for HTML', (hints) => {
    expect(looksLikeHtml(STORY, hints)).toBe(false);
  });
});
