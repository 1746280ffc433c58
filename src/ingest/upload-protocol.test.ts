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
    expect(parseWorkerRequest({ type: 'start', dataset: 'votes', source: '' })).toBeNull();
  });
});
