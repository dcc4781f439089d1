// The story's DOM (Readability's content) as plain paragraphs: every block
// element ends one, and so does a <br> unless the next line continues the
// sentence; whitespace collapsed. Only text nodes are read, so nothing of the
// markup survives (entities are already characters).

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'details', 'summary',
]);
/** Elements whose text is never read (Readability drops most of them already). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea', 'iframe', 'object']);
/** Cells are separated by a space, like words. */
const CELLS = new Set(['td', 'th']);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** The paragraphs of `root`'s text, in document order, none empty. */
export function paragraphsOf(root: Node): string[] {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let current = '';
  const endLine = (): void => {
    lines.push(current.replace(/\s+/g, ' ').trim());
    current = '';
  };
  const flush = (): void => {
    endLine();
    // NOTE: a <br> inside a sentence is a wrapped line of an old page: a line that starts in lower case continues the one just before it (not across an empty line, "<br><br>").
    let previous = '';
    for (const line of lines) {
      if (line !== '' && previous !== '' && /^\p{Ll}/u.test(line)) paragraphs[paragraphs.length - 1] = `${previous} ${line}`;
      else if (line !== '') paragraphs.push(line);
      previous = paragraphs.length > 0 && line !== '' ? (paragraphs[paragraphs.length - 1] ?? '') : '';
    }
    lines = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return; // comments, processing instructions
    const tag = (node as Element).tagName.toLowerCase(); // NOTE: nodeType 1 is an Element
    if (SKIPPED.has(tag)) return;
    if (tag === 'br') return endLine();
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) current += ' ';
    for (const child of node.childNodes) walk(child);
    if (CELLS.has(tag)) current += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
