import { describe, expect, it } from 'vitest';
import { toColumnBatch } from '../data/column-batch.ts';
import { unitsSpec } from '../data/schema.ts';
import { parseWorkerMessage, parseWorkerRequest } from './upload-protocol.ts';

const progress = { bytesRead: 10, rowsRead: 3, rowsLoaded: 2, rowsRejected: 1 };
const batch = toColumnBatch(unitsSpec, [
  {
    code: '00004',
    name: 'Ba Đình',
    type: 'phuong',
    former_district: 'x',
    area_km2: 2.5,
    population: null,
    population_source: null,
  },
]);
const report = {
  dataset: 'units',
  file: 'u.csv',
  issues: [],
  omittedIssues: {},
  rowsRead: 1,
  rowsLoaded: 1,
  rowsRejected: 0,
  rowsFlagged: 0,
};

describe('the validation worker protocol', () => {
  it('passes well-formed messages through', () => {
    expect(parseWorkerMessage({ type: 'batch', batch, progress })).toEqual({
      type: 'batch',
      batch,
      progress,
    });
    expect(parseWorkerMessage({ type: 'done', report, codes: ['00004'] })).toEqual({
      type: 'done',
      report,
      codes: ['00004'],
    });
    expect(parseWorkerMessage({ type: 'failed', unreadable: 'binary', message: 'u.csv' })).toEqual({
      type: 'failed',
      unreadable: 'binary',
      message: 'u.csv',
    });
    expect(parseWorkerMessage({ type: 'failed', unreadable: 'xls', message: 'u.xls' })).toEqual({
      type: 'failed',
      unreadable: 'xls',
      message: 'u.xls',
    });
    expect(parseWorkerMessage({ type: 'failed', unreadable: 'virus', message: 'u' })).toEqual({
      type: 'failed',
      unreadable: null,
      message: 'u',
    });
  });

  it('reads what the worker says a file is, and nothing it did not say right', () => {
    const recognition = {
      header: ['code', 'name'],
      dataset: null,
      nearest: { dataset: 'units', matched: 2, missing: ['type'] },
    };
    const file = { kind: 'xlsx', sheets: [{ name: 'Sheet1', rows: 3, recognition }] };
    expect(parseWorkerMessage({ type: 'inspected', file })).toEqual({ type: 'inspected', file });
    const csv = { kind: 'csv', recognition: { header: ['code'], dataset: 'units', nearest: null } };
    expect(parseWorkerMessage({ type: 'inspected', file: csv })).toEqual({
      type: 'inspected',
      file: csv,
    });
    expect(
      parseWorkerMessage({ type: 'inspected', file: { kind: 'unreadable', reason: 'xls' } }),
    ).toEqual({ type: 'inspected', file: { kind: 'unreadable', reason: 'xls' } });
    for (const bad of [
      { kind: 'unreadable', reason: 'virus' },
      { kind: 'xlsx', sheets: [{ name: 'S', rows: -1, recognition }] },
      { kind: 'csv', recognition: { header: [1], dataset: null, nearest: null } },
      {
        kind: 'csv',
        recognition: { ...recognition, nearest: { dataset: 'votes', matched: 1, missing: [] } },
      },
    ]) {
      expect(parseWorkerMessage({ type: 'inspected', file: bad })).toBeNull();
    }
  });

  it.each([
    ['not an object', 'batch'],
    ['an unknown type', { type: 'rows' }],
    ['a count that is not one', { type: 'progress', progress: { ...progress, rowsRead: -1 } }],
    ['a column of the wrong length', { type: 'batch', progress, batch: { ...batch, length: 2 } }],
    [
      'a column of the wrong array type',
      {
        type: 'batch',
        progress,
        batch: {
          ...batch,
          columns: batch.columns.map((column) => ({ ...column, type: 'float64' })),
        },
      },
    ],
    ['codes that are not text', { type: 'done', report, codes: [4] }],
    ['a report without counts', { type: 'done', report: { issues: [] }, codes: null }],
  ])('refuses %s', (_, message) => {
    expect(parseWorkerMessage(message)).toBeNull();
  });

  it('reads a start request, keeping only what it understands', () => {
    expect(
      parseWorkerRequest({
        type: 'start',
        dataset: 'units',
        name: 'u.csv',
        source: 'code\n',
        knownCodes: ['00004', 5],
        collectCodes: true,
        sheet: 'Điểm',
        batchRows: 100,
        maxIssuesPerCode: 10,
      }),
    ).toEqual({
      type: 'start',
      dataset: 'units',
      name: 'u.csv',
      source: 'code\n',
      knownCodes: ['00004'],
      collectCodes: true,
      sheet: 'Điểm',
      batchRows: 100,
      maxIssuesPerCode: 10,
    });
    expect(parseWorkerRequest({ type: 'ack' })).toEqual({ type: 'ack' });
    const blob = new Blob(['code\n']);
    expect(parseWorkerRequest({ type: 'inspect', source: blob })).toEqual({
      type: 'inspect',
      source: blob,
    });
    expect(parseWorkerRequest({ type: 'inspect', source: 'code' })).toBeNull();
    expect(parseWorkerRequest({ type: 'start', dataset: 'votes', source: '' })).toBeNull();
  });
});
