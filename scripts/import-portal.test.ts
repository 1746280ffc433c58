import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/data/parse-csv.ts';
import { DATASET_SPECS } from '../src/data/schema.ts';
import { validateDataset } from '../src/data/validate-dataset.ts';
import { crawlerSnapshot, portalResponses } from '../test/helpers/portal-fixtures.ts';

const root = path.resolve(import.meta.dirname, '..');

function run(args: readonly string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-portal.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
}

describe('npm run data:import', () => {
  it('writes the project’s CSVs from portal responses and snapshots, each valid, and marks them real', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-'));
    const out = path.join(dir, 'data');
    const files = Object.entries(portalResponses()).map(([name, json]) => {
      const file = path.join(dir, name);
      writeFileSync(file, JSON.stringify(json));
      return file;
    });
    const snapshot = path.join(dir, 'communes_Mau_10102026.json');
    writeFileSync(snapshot, JSON.stringify(crawlerSnapshot('10102026')));
    const log = run(['--out', out, '--date', '2026-09-26', ...files, snapshot]);
    expect(log).toContain('month 2026-08, taken 2026-09-26');
    expect(log).toMatch(/Mẫu \(own-units\): 1 agency, 3 imported/);
    const read = (name: string) => readFileSync(path.join(out, name), 'utf8');
    const units = validateDataset(DATASET_SPECS.units, 'units.csv', parseCsv(read('units.csv')));
    expect(units.rows.map((row) => row.code)).toEqual(['H99.100', 'H99.101', 'H99.102']);
    const knownCodes = new Set(units.rows.map((row) => String(row.code)));
    const scores = validateDataset(
      DATASET_SPECS.index_scores,
      'index_scores.csv',
      parseCsv(read('index_scores.csv')),
      { knownCodes },
    );
    // Three communes in the month's responses, three in the year's snapshot.
    expect(scores).toMatchObject({ rowsRead: 6, rowsLoaded: 6, rowsRejected: 0 });
    expect(read('dossiers.csv').trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(read('source.json'))).toMatchObject({ synthetic: false, province: 'Mẫu' });
    expect(read('portal-match-table.csv')).toContain('agency_kept_apart');
  });

  it('matches to the units already in the folder when the province is theirs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-'));
    writeFileSync(
      path.join(dir, 'units.csv'),
      'code,name,type,province\n90001,Hòa An,xa,Mẫu\n90002,Đông Hải,phuong,Mẫu\n',
    );
    const snapshot = path.join(dir, 'communes_Mau_10102026.json');
    writeFileSync(snapshot, JSON.stringify(crawlerSnapshot('10102026')));
    const log = run(['--out', dir, snapshot]);
    expect(log).toMatch(/\(reference\): 2 imported, 1 unmatched/);
    expect(readFileSync(path.join(dir, 'units.csv'), 'utf8')).toContain('90001,Hòa An');
    expect(readFileSync(path.join(dir, 'index_scores.csv'), 'utf8')).toContain('90002,2026-10-10');
  });
});
