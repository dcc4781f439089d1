// The contract's schemas that carry rules of their own: partial dates of the
// calendar, an article's web address, saved-query parameter names.
import { describe, expect, it } from 'vitest';
import { ArticleInputSchema, PartialDate, QueryParamSpecSchema } from '../../../server/api/contract.ts';

describe('PartialDate', () => {
  it.each(['2022', '2022-01', '2022-12', '2022-12-31', '2020-02-29', '2000-02-29', '2023-04-30', '1999-01-01'])('accepts %s', (d) => {
    expect(PartialDate.safeParse(d).success).toBe(true);
  });

  it.each(['2022-13-45', '2020-99-99', '2021-02-30', '2021-02-29', '1900-02-29', '2023-04-31', '2022-00', '2022-13', '2022-01-00', '2022-1-1', '22', 'yesterday', '2022-02-28T00:00'])(
    'refuses %s with one message',
    (d) => {
      const r = PartialDate.safeParse(d);
      expect(r.success).toBe(false);
      expect(r.error?.issues).toHaveLength(1);
    },
  );
});

describe('ArticleInputSchema url', () => {
  it.each(['https://example.org/news/1', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a?b=c'])('accepts %s', (url) => {
    expect(ArticleInputSchema.safeParse({ text: 'x', url }).success).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org/a', 'mailto:a@example.org', '../x', '//example.org/x', 'http://'])('refuses %s', (url) => {
    expect(ArticleInputSchema.safeParse({ text: 'x', url }).success).toBe(false);
  });

  it('may be absent', () => {
    expect(ArticleInputSchema.safeParse({ text: 'x' }).success).toBe(true);
  });
});

describe('QueryParamSpecSchema name', () => {
  it.each(['__proto__', 'constructor', 'prototype', '1x', 'a b'])('refuses %s', (name) => {
    expect(QueryParamSpecSchema.safeParse({ name, type: 'string' }).success).toBe(false);
  });

  it('accepts an identifier', () => {
    expect(QueryParamSpecSchema.safeParse({ name: 'from_date', type: 'date' }).success).toBe(true);
  });
});
