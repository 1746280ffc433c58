import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { PostgreSQL, sql, type SQLNamespace } from '@codemirror/lang-sql';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { SqlEditorProps } from './sql-editor-props.ts';

function namespaceOf(tables: SqlEditorProps['tables']): SQLNamespace {
  const namespace: Record<string, string[]> = {};
  for (const table of tables) namespace[table.table] = table.columns.map((column) => column.name);
  return namespace;
}

/**
 * The console's CodeMirror 6 editor (loaded on demand: this module is its own chunk). SQL
 * highlighting, completion of the loaded tables and columns, Ctrl/Cmd+Enter runs. Tab is left to
 * the browser (no `indentWithTab`), so keyboard users move on to the Run button.
 */
export function SqlEditor({
  value,
  onChange,
  onRun,
  tables,
  labelledBy,
  describedBy,
  placeholderText,
  jump,
}: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const language = useRef(new Compartment());
  const callbacks = useRef({ onChange, onRun });
  useLayoutEffect(() => {
    callbacks.current = { onChange, onRun };
  });
  const initial = useRef({ value, tables, labelledBy, describedBy, placeholderText });

  useEffect(() => {
    const parent = host.current;
    if (parent === null) return;
    const start = initial.current;
    const editor = new EditorView({
      parent,
      state: EditorState.create({
        doc: start.value,
        extensions: [
          Prec.highest(
            keymap.of([
              {
                key: 'Mod-Enter',
                run: (target) => {
                  callbacks.current.onRun(target.state.doc.toString());
                  return true;
                },
              },
            ]),
          ),
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          closeBrackets(),
          autocompletion(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...completionKeymap, ...historyKeymap, ...defaultKeymap]),
          language.current.of(
            sql({
              dialect: PostgreSQL,
              schema: namespaceOf(start.tables),
              upperCaseKeywords: true,
            }),
          ),
          placeholder(start.placeholderText),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-labelledby': start.labelledBy,
            'aria-describedby': start.describedBy,
            spellcheck: 'false',
            autocapitalize: 'off',
            translate: 'no',
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  // Text set from outside (an example, a link): replace the document, keep the history.
  useEffect(() => {
    const editor = view.current;
    if (editor === null || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({
      effects: language.current.reconfigure(
        sql({ dialect: PostgreSQL, schema: namespaceOf(tables), upperCaseKeywords: true }),
      ),
    });
  }, [tables]);

  // An error's place: the cursor goes there, in view, with the focus.
  useEffect(() => {
    const editor = view.current;
    if (editor === null || jump === null) return;
    const doc = editor.state.doc;
    const line = doc.line(Math.min(Math.max(jump.line, 1), doc.lines));
    const anchor = Math.min(line.from + jump.column - 1, line.to);
    editor.dispatch({ selection: { anchor }, scrollIntoView: true });
    editor.focus();
  }, [jump]);

  return <div ref={host} className="sql-editor" data-testid="sql-editor" />;
}
