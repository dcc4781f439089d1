// What scraped news pages wrap around an article: lines that are never part of
// the story. Each entry reads like the page furniture it matches.

/** A whole line that is page furniture (matched against the trimmed line). */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  /^advertisement$/i,
  /^skip to (main )?content$/i,
  /^accessibility links$/i,
  /^(breaking news|special report|latest news)$/i,
  /^latest:/i,
  /^(subscribe|sign in|log in|register)\b.{0,40}$/i,
  /^share\b/i, // "Share", "Share this article", "Share: Facebook | ..."
  /^\[[^\]]+\](\s+\[[^\]]+\])*$/, // "[Share on X]  [Copy link]"
  /^(facebook|twitter|linkedin|whatsapp|email|copy link|print|x)(\s+\S.*)?$/i,
  /^by\s+\S.{0,80}[^.!?]$/i, // byline
  /^(published|updated|posted|last updated)\b/i,
  /^reading time\b/i,
  /\b(newsletter|cookie policy|privacy (policy|notice)|terms (of use|and conditions))\b/i,
  /^comments?\s*\(\d+\)/i,
  /^\d+x\d+ image$/i,
  /^(image|photo|video)( caption)?:?$/i,
  /^(file photo|getty images|reuters|ap photo)$/i,
];

/** A heading that starts a block of links to other stories; the block goes with it. */
export const LINK_LIST_HEADINGS: readonly RegExp[] = [
  /^most (read|popular|viewed|shared)$/i,
  /^(related( coverage| stories| articles| content)?|read more|see also|more (from|on|in)\b.*|recommended|trending|you may also like)\s*:?$/i,
];

/** A line that ends the story: everything after it is outlet furniture. */
export const END_OF_STORY: readonly RegExp[] = [
  /©|\(c\)\s*\d{4}|all rights reserved/i,
  /^editor['’]s note\b/i,
  /\bcontributed (reporting )?to this (article|report|story)\b/i,
  /^(additional )?reporting by\b/i,
  /^some information for this (article|report) came from\b/i,
];

/** A line made of short segments joined by separators: navigation or breadcrumbs. */
export const NAV_SEPARATORS = /\s*(?:\||>|»|·|•|\s{2,})\s*/;

/** A list item of a link block: "1. ...", "- ...", "* ...", "> ...". */
export const LIST_ITEM = /^(\d+[.)]|[-*•>»])\s+/;

/** A dateline at the head of the first paragraph: "LONDON — ", "SEOUL (AP) — ". */
export const DATELINE = /^([A-Z][A-Z .'-]{1,40}?)(?:,\s*[A-Z][A-Za-z .]+)?(?:\s*\([A-Za-z .]+\))?\s*[—–-]{1,2}\s+/;
