// Whether an article arrived as a web page rather than as text: the upload's
// content type, the file's name, or the content itself (a document that opens
// like HTML, or a fragment that is mostly tags). Plain text that merely holds
// a `<` ("a < b", "<Reuters>") stays text.

export interface HtmlHints {
  /** The file name, if any ("page.html"). */
  readonly name?: string;
  /** The upload's media type, if any ("text/html; charset=utf-8"). */
  readonly contentType?: string;
}

/** How much of the content is looked at: enough for a doctype after a long comment or BOM. */
const SNIFF_CHARS = 4096;
/** Element names that only HTML uses (not "<Reuters>" or "<b>" alone in an e-mail). */
const HTML_TAG = /<\/?(?:html|head|body|div|p|span|a|br|hr|h[1-6]|ul|ol|li|table|tr|td|th|article|section|main|header|footer|nav|aside|meta|link|title|script|style|img|figure|figcaption|blockquote|em|strong|b|i|font|center|time|form|input|button|iframe|noscript)\b[^<>]*>/gi;
/** A fragment is HTML when it has at least this many tags… */
const MIN_FRAGMENT_TAGS = 4;
/** …and they take up at least this share of its characters (a page source, not prose quoting a tag). */
const MIN_TAG_SHARE = 0.15;

const isHtmlName = (name: string | undefined): boolean => name !== undefined && /\.x?html?$/i.test(name);
const isHtmlType = (type: string | undefined): boolean => type !== undefined && /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i.test(type);

/** The head of the content as text; bytes are read as Latin-1, enough to see ASCII markup. */
function headOf(content: string | Uint8Array): string {
  if (typeof content === 'string') return content.slice(0, SNIFF_CHARS);
  return Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, SNIFF_CHARS)).toString('latin1');
}

/** Drops a BOM (UTF-8 as text or as Latin-1 bytes), whitespace, comments and an XML declaration from the start. */
function stripPrologue(head: string): string {
  let s = head.replace(/^(?:\uFEFF|\u00EF\u00BB\u00BF)/, '');
  for (;;) {
    const next = s.replace(/^\s+/, '').replace(/^<!--[\s\S]*?-->/, '').replace(/^<\?xml[^>]*\?>/i, '');
    if (next === s) return s;
    s = next;
  }
}

/** Whether a text is mostly tags: a pasted page source or fragment. */
function mostlyTags(text: string): boolean {
  const tags = text.match(HTML_TAG) ?? [];
  if (tags.length < MIN_FRAGMENT_TAGS) return false;
  const tagChars = tags.reduce((n, t) => n + t.length, 0);
  return tagChars / text.length >= MIN_TAG_SHARE;
}

/** True when the content is a web page (see the module comment). */
export function looksLikeHtml(content: string | Uint8Array, hints: HtmlHints = {}): boolean {
  if (isHtmlType(hints.contentType) || isHtmlName(hints.name)) return true;
  const head = stripPrologue(headOf(content));
  if (/^<!doctype\s+html\b/i.test(head) || /^<html\b/i.test(head)) return true;
  return head.startsWith('<') && mostlyTags(head);
}
