import type { ConsoleTableColumns, SqlPosition } from '../../queries/use-console-query.ts';

/** Where to put the cursor: a new object for each failed run, so the same place works twice. */
export type EditorJump = SqlPosition;

/** The lazy editor's props, declared apart so the console imports no CodeMirror code. */
export interface SqlEditorProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter, with the editor's text. */
  readonly onRun: (value: string) => void;
  readonly tables: readonly ConsoleTableColumns[];
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly placeholderText: string;
  readonly jump: EditorJump | null;
}
