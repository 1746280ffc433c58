/**
 * What the CSV tokenizer found wrong with a record, in neutral form: the Data page words it in
 * the page's language, `describeCsvProblem` in English for the build script and logs.
 */
export type CsvProblem =
  /**
   * A quote opened on `line` and not closed on it; read on, the value would end on `lastLine`.
   * `code` is PapaParse's (`MissingQuotes`, `InvalidQuotes`).
   */
  | {
      readonly kind: 'open_quote';
      readonly code: string;
      readonly line: number;
      readonly lastLine: number;
    }
  /** A quote opened on `line` still open after `chars` characters (a streamed file stops there). */
  | { readonly kind: 'open_quote_long'; readonly line: number; readonly chars: number }
  /** Any other error of the tokenizer, by PapaParse's code (`MissingQuotes`, `InvalidQuotes`). */
  | { readonly kind: 'tokenizer'; readonly code: string; readonly message: string };

export function describeCsvProblem(problem: CsvProblem): string {
  switch (problem.kind) {
    case 'open_quote':
      return `${problem.code}: a quoted value opened on line ${problem.line} is not closed on it (it would run ${problem.lastLine - problem.line + 1} lines, to line ${problem.lastLine}); the lines after it are read on their own`;
    case 'open_quote_long':
      return `MissingQuotes: a quoted value opened on line ${problem.line} is not closed on it (it runs on for more than ${problem.chars} characters); the lines after it are read on their own`;
    case 'tokenizer':
      return `${problem.code}: ${problem.message}`;
  }
}
