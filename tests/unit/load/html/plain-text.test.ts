// The story's DOM as paragraphs: blocks and breaks, wrapped lines joined,
// whitespace collapsed, nothing but text nodes read.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../../server/load/html/plain-text.ts';

// NOTE: linkedom's Document stands in for lib.dom's, as in html-to-article.ts.
const body = (html: string): Node => (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document }).document.body;

describe('paragraphsOf', () => {
  it.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    ['headings, list items and quotes', '<h2>Head</h2><ul><li>First.</li><li>Second.</li></ul><blockquote>Quoted.</blockquote>', ['Head', 'First.', 'Second.', 'Quoted.']],
    ['inline elements inside a paragraph', '<p>The <b>foreign</b> <a href="#">ministry</a> said.</p>', ['The foreign ministry said.']],
    ['a <br> after a sentence', '<p>One.<br>Two.</p>', ['One.', 'Two.']],
    ['a <br> inside a sentence (a wrapped line)', '<p>The ministry said<br>on Friday that it would respond.</p>', ['The ministry said on Friday that it would respond.']],
    ['a headline then a line after <br>', 'Headline here<br>Staff report<br><br>Body.', ['Headline here', 'Staff report', 'Body.']],
    ['two <br>s before a lower-case line', 'First part<br><br>second part.', ['First part', 'second part.']],
    ['whitespace and non-breaking spaces', '<p>  Spread\n\tover&nbsp;&nbsp;lines  </p>', ['Spread over lines']],
    ['table cells', '<table><tr><td>Norway</td><td>3</td></tr><tr><td>Peru</td><td>1</td></tr></table>', ['Norway 3', 'Peru 1']],
    ['comments, scripts and styles', '<p>Kept.<!-- a comment --></p><script>no()</script><style>p{}</style>', ['Kept.']],
  ])('reads %s', (_what, html, expected) => {
    expect(paragraphsOf(body(html))).toEqual(expected);
  });
});
