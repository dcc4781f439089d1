// Makes text storable in XML 1.0 for writers that do not check it themselves
// (graphology-gexf's xml-writer escapes markup but not invalid characters).

/** Everything XML 1.0 forbids: C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD');
}
