import type { CsvProblem } from '../../data/csv-problem.ts';
import type { IssueExpected, ValidationIssue } from '../../data/validation-issue.ts';
import { numberText, valuesText, type WordingContext } from './rule-text.ts';

function problemText(problem: CsvProblem, { t, format }: WordingContext): string {
  switch (problem.kind) {
    case 'open_quote':
      return t('issues.found.openQuote', {
        line: format.integer(problem.line),
        lines: format.integer(problem.lastLine - problem.line + 1),
        last: format.integer(problem.lastLine),
      });
    case 'open_quote_long':
      return t('issues.found.longQuote', {
        line: format.integer(problem.line),
        chars: format.integer(problem.chars),
      });
    case 'tokenizer':
      if (problem.code === 'MissingQuotes') return t('issues.found.unclosedQuote');
      if (problem.code === 'InvalidQuotes') return t('issues.found.strayQuote');
      return t('issues.found.tokenizer', { code: problem.code });
  }
}

/** What was found, in the page's language: file text as it was, numbers and problems worded. */
export function issueFoundText(issue: ValidationIssue, ctx: WordingContext): string {
  const { found } = issue;
  const { t, format } = ctx;
  if (found === undefined) return '';
  if (typeof found === 'string') return found === '' ? t('issues.found.empty') : found;
  if (typeof found !== 'number') return problemText(found, ctx);
  switch (issue.code) {
    case 'field_count':
      return t('issues.found.fields', { count: found });
    case 'dossier_balance':
      return t('issues.found.outflow', { outflow: numberText(found, format) });
    default:
      return numberText(found, format);
  }
}

function expectedText(expected: IssueExpected, { t, format }: WordingContext): string {
  const number = (value: number) => numberText(value, format);
  switch (expected.kind) {
    case 'digits':
      return t('issues.expected.digits', { count: expected.count });
    case 'one_of':
      return t('rule.values', { values: valuesText(expected.values, {}, t) });
    case 'month':
      return t('rule.month');
    case 'date':
      return t('rule.date');
    case 'range':
      if (expected.min !== null && expected.max !== null) {
        return t('issues.expected.between', {
          min: number(expected.min),
          max: number(expected.max),
        });
      }
      if (expected.min !== null) return t('issues.expected.atLeast', { min: number(expected.min) });
      return expected.max === null
        ? ''
        : t('issues.expected.atMost', { max: number(expected.max) });
    case 'fields':
      return t('issues.expected.fields', { count: expected.count });
    case 'unique':
      return t('issues.expected.unique', { line: format.integer(expected.firstLine) });
    case 'group_sum':
      return t('issues.expected.groupSum', {
        sum: number(expected.sum),
        tolerance: number(expected.tolerance),
      });
    case 'outcome_sum':
      return t('issues.expected.outcomeSum', { sum: number(expected.sum) });
    case 'inflow':
      return t('issues.expected.inflow', { inflow: number(expected.inflow) });
    case 'closed_quote':
      return t('issues.expected.closedQuote');
  }
}

/** What a valid value or row would have been, in the page's language ('' when nothing is said). */
export function issueExpectedText(issue: ValidationIssue, ctx: WordingContext): string {
  return issue.expected === undefined ? '' : expectedText(issue.expected, ctx);
}

/** The worded cells of one report row: reason, found, expected. */
export function issueTexts(
  issue: ValidationIssue,
  ctx: WordingContext,
): { readonly reason: string; readonly found: string; readonly expected: string } {
  return {
    reason: ctx.t(`issue.${issue.code}`),
    found: issueFoundText(issue, ctx),
    expected: issueExpectedText(issue, ctx),
  };
}
