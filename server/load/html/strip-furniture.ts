// Page furniture removed before Readability looks for the story: code,
// embedded frames, site navigation, asides, footers, dialogs and the
// cookie/consent/newsletter boxes that Readability alone would keep when they
// hold a sentence or two. Each entry reads like what it removes.

/** Elements that are never part of the story's text. */
const FURNITURE_SELECTORS: readonly string[] = [
  // NOTE: JSON-LD is kept: Readability reads the article's metadata from it (and drops it with the other scripts).
  'script:not([type="application/ld+json"])',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'select',
  'nav',
  'aside',
  'footer',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal]',
];

/** An id or class naming a box that asks for consent, an address or money. */
const NAGGING_BOX = /cookie|consent|gdpr|banner|newsletter|subscribe|paywall/i;

/** Removes furniture from `document` in place. */
export function stripFurniture(document: Document): void {
  for (const el of [...document.querySelectorAll(FURNITURE_SELECTORS.join(','))]) el.remove();
  // NOTE: some sites (ASP.NET) wrap the whole page in one <form>; only forms without paragraphs are furniture (search, sign-in, sign-up).
  for (const el of [...document.querySelectorAll('form')]) if (el.querySelector('p') === null) el.remove();
  for (const el of [...document.querySelectorAll('[id], [class]')]) {
    if (el === document.body || el === document.documentElement) continue;
    if (NAGGING_BOX.test(el.id) || NAGGING_BOX.test(el.getAttribute('class') ?? '')) el.remove();
  }
}
