// One claim as the analyst reads it: the sentence quoted with the actors'
// names in <mark>, then the article, the date, who claims it and how surely.
// Built with DOM APIs only; the sentence never becomes HTML.
import { markNames } from '../graph/mark-names.ts';
import { h } from './dom.ts';

export interface EvidenceView {
  readonly sentence: string | null;
  readonly names: readonly string[];
  readonly article: string | null;
  readonly when: string | null;
  readonly claimedBy: string | null;
  readonly certainty: string | null;
  readonly denies?: string | null;
}

export function quote(sentence: string, names: readonly string[]): HTMLQuoteElement {
  const q = h('blockquote', { class: 'evidence' });
  for (const p of markNames(sentence, names)) q.appendChild(p.marked ? h('mark', { text: p.text }) : document.createTextNode(p.text));
  return q;
}

export function evidenceBlock(e: EvidenceView, heading?: HTMLElement): HTMLElement {
  const meta = h('dl', { class: 'claim-meta' });
  const row = (k: string, v: string | null | undefined) => {
    if (v) meta.append(h('dt', { text: k }), h('dd', { text: v }));
  };
  row('Article', e.article);
  row('Date', e.when ?? 'undated');
  row('Claimed by', e.claimedBy ?? 'the article');
  row('Certainty', e.certainty);
  row('Denies', e.denies);
  return h('article', { class: 'claim' }, heading, e.sentence ? quote(e.sentence, e.names) : h('p', { class: 'muted', text: 'No sentence recorded.' }), meta);
}
