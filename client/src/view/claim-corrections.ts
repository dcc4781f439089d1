// The corrections of claims: Reject claim… (with the reason why, from an
// edge's details: the claim leaves the graph) and Add claim… (from an
// article: one of its sentences, the type, the two actors and an optional
// date), and an article's block of them — its corrections with Undo or
// Restore, and the form to add a claim.
import type { ArticleTextResponse, CorrectionInput } from '../../../server/api/contract.ts';
import { fetchArticleText } from '../api/articles.ts';
import type { ClaimData } from '../graph/elements.ts';
import type { AppContext } from './app-context.ts';
import { actorPicker, type PickedActor } from './actor-picker.ts';
import { makeCorrection } from './correction-actions.ts';
import { correctionsList } from './corrections-list.ts';
import { h } from './dom.ts';
import { field, formSwitcher, inlineForm, reasonField } from './inline-form.ts';

type AddType = Extract<CorrectionInput, { kind: 'add' }>['type'];

/** The relation types a claim added by hand may have (the contract checks the list). */
export const ADDABLE_TYPES = ['ATTACKED', 'SANCTIONED', 'EXPELLED', 'DENIED'] as const satisfies readonly AddType[];

/** Longest sentence shown whole in the sentence list. */
const SENTENCE_CHARS = 150;

const slug = (s: string): string => s.replace(/[^a-z0-9]+/gi, '-');

/** "Reject claim…" for one claim of an edge; after it, the article's corrections are shown (with Restore). */
export function rejectClaimTools(app: AppContext, claim: ClaimData): HTMLElement | null {
  const { key, articleId } = claim;
  if (key === null || articleId === null) return null;
  return formSwitcher([
    {
      text: 'Reject claim…',
      open: (close) => {
        const reason = reasonField(`reject-${slug(key)}-reason`, true);
        return inlineForm({
          label: 'Reject this claim',
          name: 'reject-form',
          fields: [reason.el],
          submit: 'Reject',
          onCancel: close,
          run: async () => {
            if (reason.input.value.trim() === '') return 'Say why the claim is wrong.';
            const r = await makeCorrection(app, { kind: 'reject', article: articleId, claim: key, reason: reason.input.value });
            if (!r.ok) return r.error;
            app.showArticle(articleId);
            return null;
          },
        });
      },
    },
  ]);
}

function sentenceOptions(t: ArticleTextResponse): HTMLOptionElement[] {
  const text = t.text ?? '';
  return t.sentences.map((s, i) => {
    const sentence = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    const claims = t.claims.filter((c) => c.start === s.start && c.end === s.end).length;
    const shown = sentence.length > SENTENCE_CHARS ? `${sentence.slice(0, SENTENCE_CHARS - 1)}…` : sentence;
    return h('option', { value: `${s.start}:${s.end}`, text: `${i + 1}. ${shown}${claims > 0 ? ` (${claims} claim${claims === 1 ? '' : 's'})` : ''}` });
  });
}

/** The form that adds a claim to an article by hand; `after` runs once it is added. */
function addClaimForm(app: AppContext, articleId: string, close: () => void, after: () => void): HTMLElement {
  const p = `add-${slug(articleId)}`;
  const box = h('div', { class: 'add-claim' }, h('p', { class: 'muted', text: 'Loading the article’s sentences…' }));
  void fetchArticleText(articleId).then((r) => {
    if (!r.ok) return box.replaceChildren(h('p', { class: 'error', role: 'alert', text: `${r.error.message} (${r.error.code})` }));
    if (r.data.text === null) return box.replaceChildren(h('p', { class: 'error', role: 'alert', text: 'This article was loaded without its text: load it again to add claims to it.' }));
    const inArticle = new Map<string, PickedActor>();
    for (const c of r.data.claims) {
      inArticle.set(c.source, { id: c.source, name: c.sourceName });
      inArticle.set(c.target, { id: c.target, name: c.targetName });
    }
    const extra = [...inArticle.values()];
    const sentence = h('select', { id: `${p}-sentence` }, ...sentenceOptions(r.data));
    const type = h('select', { id: `${p}-type` }, ...ADDABLE_TYPES.map((t) => h('option', { value: t, text: t })));
    const source = actorPicker(app, `${p}-source`, { extra });
    const target = actorPicker(app, `${p}-target`, { extra });
    const when = h('input', { id: `${p}-when`, type: 'text', placeholder: 'YYYY-MM-DD', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
    const reason = reasonField(`${p}-reason`);
    box.replaceChildren(
      inlineForm({
        label: 'Add a claim',
        name: 'add-form',
        fields: [field('Sentence', sentence), field('Type', type), field('Source (who acts)', source.element), field('Target', target.element), field('Date (optional)', when, 'YYYY, YYYY-MM or YYYY-MM-DD'), reason.el],
        submit: 'Add claim',
        onCancel: close,
        run: async () => {
          const [start, end] = sentence.value.split(':').map(Number);
          const t = ADDABLE_TYPES.find((x) => x === type.value);
          if (start === undefined || end === undefined || !t) return 'Choose a sentence and a type.';
          const w = when.value.trim();
          if (w !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(w)) return 'The date must be YYYY, YYYY-MM or YYYY-MM-DD.';
          const [s, o] = await Promise.all([source.resolve(), target.resolve()]);
          if (!s.ok) return s.error;
          if (!o.ok) return o.error;
          const res = await makeCorrection(app, { kind: 'add', article: articleId, type: t, source: s.actor.id, target: o.actor.id, start, end, ...(w ? { when: w } : {}), reason: reason.input.value });
          if (!res.ok) return res.error;
          after();
          return null;
        },
      }),
    );
    sentence.focus();
  });
  return box;
}

/** An article's corrections (with Undo / Restore) and "Add claim…"; redraws itself after each. */
export function articleCorrections(app: AppContext, articleId: string): HTMLElement {
  const wrap = h('div', { class: 'article-corrections', 'data-article': articleId });
  const render = () => {
    wrap.replaceChildren(
      formSwitcher([{ text: 'Add claim…', open: (close) => addClaimForm(app, articleId, close, render) }]),
      correctionsList(app, { article: articleId }, render),
    );
  };
  render();
  return wrap;
}
