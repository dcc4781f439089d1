// A tiny element builder: text goes in as text nodes, never as HTML, so data
// from articles and queries cannot inject markup.

type Attrs = Readonly<Record<string, string | number | boolean | undefined>>;
export type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  // NOTE: the caller names the element type it put in index.html.
  return el as T;
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** Saves a blob as a download with the given file name. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The small colour square beside a kind's or a relation type's name (colour is never the only cue: the name follows). */
export function swatch(color: string): HTMLElement {
  return h('span', { class: 'swatch', style: `background:${color}`, 'aria-hidden': 'true' });
}
