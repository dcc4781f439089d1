// Stage 5: when an event happened, from the date expression nearest its
// trigger, resolved against the published date ("Friday", "last week",
// "in July", "on Dec. 19", "in October 2014", "last year"), never after the
// publication date unless the text writes that year. Partial dates keep only
// what the text fixes: '2014', '2014-10', '2014-10-16'.
import * as chrono from 'chrono-node/en';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Parses an ISO date (YYYY-MM-DD) to a Date at noon UTC, or null. */
export function parseIsoDate(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

interface Found { readonly at: number; readonly value: string; readonly absolute: boolean }

function fromChrono(text: string, ref: Date): Found[] {
  const out: Found[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    if (/^(now|today|tonight|once)$/i.test(r.text.trim())) continue;
    const c = r.start;
    let date = c.date();
    // A weekday or month without a year means the latest one on or before publication.
    if (date.getTime() > ref.getTime() + 36 * 3600 * 1000 && !c.isCertain('year')) {
      if (c.isCertain('month')) date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
      else date = new Date(date.getTime() - 7 * 86400 * 1000);
    }
    const y = date.getUTCFullYear();
    const m = pad(date.getUTCMonth() + 1);
    const d = pad(date.getUTCDate());
    const dayKnown = c.isCertain('day') || c.isCertain('weekday') || /\b(yesterday|week|days? ago)\b/i.test(r.text);
    const value = dayKnown ? `${y}-${m}-${d}` : c.isCertain('month') ? `${y}-${m}` : `${y}`;
    out.push({ at: r.index, value, absolute: c.isCertain('year') });
  }
  return out;
}

/** Bare years and "last year", which chrono leaves alone. */
function years(text: string, ref: Date): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(/\b(in|since|between|of|by|during|and|early|late|mid-)\s+((?:19|20)\d{2})\b(?!-)/gi)) {
    out.push({ at: (m.index ?? 0) + m[0].length - 4, value: m[2] ?? '', absolute: true });
  }
  for (const m of text.matchAll(/\blast year\b/gi)) out.push({ at: m.index ?? 0, value: String(ref.getUTCFullYear() - 1), absolute: false });
  return out;
}

let memo: { text: string; ref: number; found: Found[] } | null = null;

/** Every date expression of a sentence; the last sentence's result is memoised (events of one sentence share it). */
function datesIn(sentence: string, ref: Date): Found[] {
  if (memo && memo.text === sentence && memo.ref === ref.getTime()) return memo.found;
  const found = /\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:yesterday|today|week|month|year|ago)\b/i.test(sentence)
    ? [...fromChrono(sentence, ref), ...years(sentence, ref)].filter((f) => f.value !== '')
    : [];
  memo = { text: sentence, ref: ref.getTime(), found };
  return found;
}

/**
 * The date of an event whose trigger is at `offset` within `sentence`, or null. With `inClause`, a date
 * written in the event's own clause wins over a nearer one outside it ("X said on Monday that Y had attacked
 * it in March": March).
 */
export function whenOf(sentence: string, offset: number, published: Date | null, inClause?: (at: number) => boolean): string | null {
  const ref = published ?? new Date(Date.UTC(2000, 0, 1, 12));
  const found = datesIn(sentence, ref);
  if (found.length === 0) return null;
  // Without a publication date, only absolute dates (with a year) are kept; with one, nothing after it
  // unless the text writes that year ("a day after the invasion" is no date after the article's own).
  const pub = published ? published.toISOString().slice(0, 10) : null;
  const afterPub = (f: Found): boolean => pub !== null && f.value.slice(0, 10) > pub.slice(0, f.value.length) && !sentence.includes(f.value.slice(0, 4));
  const usable = (published ? found : found.filter((f) => f.absolute)).filter((f) => !afterPub(f));
  const own = inClause ? usable.filter((f) => inClause(f.at)) : [];
  let best: Found | null = null;
  for (const f of own.length > 0 ? own : usable) if (!best || Math.abs(f.at - offset) < Math.abs(best.at - offset)) best = f;
  return best?.value ?? null;
}
