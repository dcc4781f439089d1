// Stage 1: strip page furniture from a scraped article. Keeps the headline, one
// copy of the caption and the body; finds title, published date and dateline.
// `cleanText` is rebuilt from kept lines, so evidence offsets point into it.
import * as chrono from 'chrono-node/en';
import {
  BOILERPLATE_LINES,
  DATELINE,
  END_OF_STORY,
  LINK_LIST_HEADINGS,
  LIST_ITEM,
  NAV_SEPARATORS,
} from './boilerplate.ts';

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly role: 'headline' | 'caption' | 'body';
}

export interface CleanArticle {
  readonly cleanText: string;
  readonly paragraphs: readonly Paragraph[];
  /** The detected headline, or null when none was found. */
  readonly headline: string | null;
  /** ISO date found in the page header ("Published: 26 March 2024"), or null. */
  readonly published: string | null;
  /** City of a "CITY — " dateline, and its span in cleanText (not an actor mention). */
  readonly dateline: { readonly city: string; readonly start: number; readonly end: number } | null;
}

const words = (line: string): number => line.split(/\s+/).filter(Boolean).length;
const isBoilerplate = (line: string): boolean => BOILERPLATE_LINES.some((re) => re.test(line));
const endsSentence = (line: string): boolean => /[.!?]["'”’)]?$/.test(line);

/** Navigation: several short segments joined by separators, none a sentence. */
function isNav(line: string): boolean {
  const parts = line.split(NAV_SEPARATORS).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => words(p) <= 4) && !endsSentence(line);
}

/** A line that is only a date (and maybe a time), e.g. "Tuesday 26 March 2024". */
function isDateLine(line: string): boolean {
  if (endsSentence(line)) return false;
  const segments = line.split('|').map((s) => s.trim()).filter(Boolean);
  if (segments.length === 1 && words(line) > 8) return false;
  return segments.some((seg) => {
    const first = chrono.parse(seg)[0];
    return first !== undefined && first.start.isCertain('month') && first.text.length >= seg.length * 0.4;
  });
}

/** Short all-caps section label or masthead ("EUROPE", "THE DAILY HERALD"). */
const isLabel = (line: string): boolean => words(line) <= 4 && !endsSentence(line);

function dateOf(line: string): string | null {
  const r = chrono.parse(line)[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const d = r.start;
  const pad = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  return `${d.get('year')}-${pad(d.get('month'))}-${pad(d.get('day'))}`;
}

/** A caption sits between headline and byline: the next line repeats it or is page furniture. */
function furnitureFollows(lines: readonly string[], i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const next = lines[k] ?? '';
    if (next === '') continue;
    return next === lines[i] || isBoilerplate(next) || isNav(next) || isDateLine(next);
  }
  return false;
}

/** Splits raw text into trimmed lines with blank lines kept as ''. */
const linesOf = (raw: string): string[] => raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '').trim());

/** Removes page furniture; see the module comment. */
export function cleanArticle(raw: string): CleanArticle {
  const lines = linesOf(raw);
  // Cut the footer: the first end-of-story line and everything after it.
  let endIdx = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (END_OF_STORY.some((re) => re.test(lines[i] ?? ''))) { endIdx = i; break; }
  }
  const kept: { text: string; role: Paragraph['role'] }[] = [];
  let published: string | null = null;
  let headline: string | null = null;
  let inLinkList = false;
  let bodyStarted = false;
  let previous = '';
  for (let i = 0; i < endIdx; i++) {
    const line = lines[i] ?? '';
    if (line === '') { inLinkList = false; continue; }
    if (LINK_LIST_HEADINGS.some((re) => re.test(line))) { inLinkList = true; continue; }
    if (inLinkList && (LIST_ITEM.test(line) || !endsSentence(line))) continue;
    inLinkList = false;
    const header = !bodyStarted;
    if (isBoilerplate(line) || isNav(line) || isDateLine(line)) {
      if (header && published === null && (isDateLine(line) || /^published|^updated/i.test(line))) published = dateOf(line);
      continue;
    }
    if (line === previous) continue; // a caption repeated under the photo
    previous = line;
    if (header && headline === null) {
      if (isLabel(line)) continue; // masthead, section label
      // NOTE: a headline seldom ends in a full stop; a first line that does is the story itself (a wire passage, a pasted paragraph).
      if (!endsSentence(line) || (words(line) <= 20 && !/\.["'”’)]?$/.test(line))) { headline = line; kept.push({ text: line, role: 'headline' }); continue; }
    }
    if (header && headline !== null && kept.length === 1 && words(line) < 45 && !DATELINE.test(line) && furnitureFollows(lines, i, endIdx)) {
      kept.push({ text: line, role: 'caption' });
      continue;
    }
    if (!endsSentence(line) && words(line) <= 6) continue; // stray label inside the page
    bodyStarted = true;
    kept.push({ text: line, role: 'body' });
  }
  return assemble(kept, headline, published);
}

function assemble(kept: readonly { text: string; role: Paragraph['role'] }[], headline: string | null, published: string | null): CleanArticle {
  const paragraphs: Paragraph[] = [];
  let cleanText = '';
  let dateline: CleanArticle['dateline'] = null;
  for (const k of kept) {
    if (cleanText.length > 0) cleanText += '\n\n';
    const start = cleanText.length;
    cleanText += k.text;
    paragraphs.push({ start, end: cleanText.length, role: k.role });
    if (k.role === 'body' && dateline === null && paragraphs.filter((p) => p.role === 'body').length === 1) {
      const m = DATELINE.exec(k.text);
      if (m?.[1]) dateline = { city: m[1].trim(), start, end: start + m[0].length };
    }
  }
  return { cleanText, paragraphs, headline, published, dateline };
}
