// The Cypher panel: a CodeMirror 6 editor (Cypher highlighting, completion of
// labels, types and properties), a JSON parameters box, Run (Ctrl+Enter), and
// Save as a named query. Errors appear right under the editor.
import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder } from '@codemirror/view';
import type { SchemaInfoResponse } from '../../../server/api/contract.ts';
import { fetchSchemaInfo, saveQuery } from '../api/queries.ts';
import { inferParams, parseParamsText } from '../graph/param-infer.ts';
import type { AppContext } from './app-context.ts';
import { cypherCompletion } from './cypher-completion.ts';
import { byId } from './dom.ts';
import { runQuery } from './query-runner.ts';
import { apiError, toast } from './toast.ts';

export interface CypherEditor {
  setQuery(text: string, params: Readonly<Record<string, unknown>>): void;
  run(): Promise<void>;
}

export function mountCypherEditor(app: AppContext, onSaved: () => void): CypherEditor {
  const paramsBox = byId<HTMLTextAreaElement>('cypher-params');
  const error = byId('cypher-error');
  let schema: SchemaInfoResponse | null = null;
  const loadSchema = async () => {
    const r = await fetchSchemaInfo();
    if (r.ok) schema = r.data;
  };
  void loadSchema();

  const run = async (): Promise<void> => {
    error.textContent = '';
    const text = view.state.doc.toString();
    if (text.trim() === '') return void (error.textContent = 'Type a Cypher query first.');
    const p = parseParamsText(paramsBox.value);
    if (!p.ok) return void (error.textContent = p.message);
    const err = await runQuery(app, { kind: 'cypher', text, params: p.params }, 'Cypher query');
    if (err) error.textContent = `${err.code === 'QUERY_REJECTED' ? 'Refused: ' : ''}${err.message} (${err.code})`;
  };

  const view = new EditorView({
    parent: byId('cypher-editor'),
    state: EditorState.create({
      doc: 'MATCH (s:Actor)-[r:ATTACKED]->(t:Actor)\nRETURN s, r, t\nLIMIT 50',
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        closeBrackets(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle),
        autocompletion({ override: [cypherCompletion(() => schema)] }),
        placeholder('MATCH (n:Actor) RETURN n LIMIT 25'),
        keymap.of([{ key: 'Mod-Enter', run: () => (void run(), true) }, ...completionKeymap, ...historyKeymap, ...defaultKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': 'Cypher query (Ctrl+Enter runs it)' }),
        EditorView.lineWrapping,
      ],
    }),
  });

  byId('cypher-run').addEventListener('click', () => void run());
  byId<HTMLFormElement>('cypher-save').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const name = byId<HTMLInputElement>('save-name').value.trim();
    const title = byId<HTMLInputElement>('save-title').value.trim();
    const description = byId<HTMLInputElement>('save-description').value.trim();
    const p = parseParamsText(paramsBox.value);
    if (!p.ok) return void (error.textContent = p.message);
    const specs = inferParams(p.params);
    if (!specs.ok) return void (error.textContent = `Parameters ${specs.unsupported.join(', ')} have no saved-query type (use strings, numbers, booleans or lists of relation types).`);
    void saveQuery({ name, ...(title ? { title } : {}), description, cypher: view.state.doc.toString(), params: specs.specs }).then((r) => {
      if (!r.ok) {
        error.textContent = `Could not save: ${r.error.message} (${r.error.code})`;
        return apiError('Could not save the query', r.error);
      }
      error.textContent = '';
      toast(`Saved "${r.data.title}"; it is in the Queries panel.`, 'success');
      onSaved();
    });
  });

  return {
    setQuery(text, params) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      paramsBox.value = Object.keys(params).length > 0 ? JSON.stringify(params, null, 2) : '{}';
      error.textContent = '';
    },
    run,
  };
}
