// All-capital tokens that are not actors (time zones, units, honorifics).
export const NOT_ACRONYMS = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EST', 'EDT', 'PST', 'PDT', 'KST', 'JST', 'MSK', 'AM', 'PM', 'CEO', 'CFO',
  'TV', 'OK', 'II', 'III', 'IV', 'AP', 'PDF', 'URL', 'ID', 'IT', 'AI', 'USD', 'EUR', 'GBP', 'A', 'I', 'MP', 'MPS',
  'LATEST', 'BREAKING', 'UPDATE', 'NEWS', 'VIDEO', 'PHOTO', 'OPINION', 'ANALYSIS', 'EXPLAINER',
]);

/** Leading words stripped from a capitalised run before it is read as a name. */
export const LEAD_STRIP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'under', 'since', 'after', 'before', 'last', 'some', 'according', 'former',
  'acting', 'then', 'ex', 'late', 'today', 'but', 'and', 'or', 'as', 'when', 'while', 'if', 'both', 'so', 'also',
  'from', 'to', 'by', 'with', 'for', 'of', 'unnamed', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'until',
  'during', 'later', 'earlier', 'meanwhile', 'separately', 'however', 'still', 'yet', 'even', 'only',
]);
