import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { dossiersSpec, indexScoresSpec, petitionsSpec, unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { getCommuneActivity } from './get-commune-activity.ts';
import { getCommuneScores } from './get-commune-scores.ts';
import { splitFormerDistricts } from '../../data/former-districts.ts';
import { getPeers, selectPeers } from './get-peers.ts';
import { getProvinceQuartiles } from './get-province-quartiles.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/profile/${name}`, import.meta.url), 'utf8');

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
  const units = await loadCsvDataset(db, unitsSpec, 'units.csv', fixture('units.csv'));
  const knownCodes = new Set(units.rows.map((row) => String(row.code)));
  for (const [spec, file] of [
    [indexScoresSpec, 'index-scores.csv'],
    [dossiersSpec, 'dossiers.csv'],
    [petitionsSpec, 'petitions.csv'],
  ] as const) {
    const result = await loadCsvDataset(db, spec, file, fixture(file), { knownCodes });
    expect(result.rowsRejected, file).toBe(0);
  }
  await lockDown(db);
});

describe('getProvinceQuartiles', () => {
  it('computes continuous quartiles of the total per month over units with a score', async () => {
    const rows = await getProvinceQuartiles(db);
    expect(rows.map((row) => [row.period, row.unitCount, row.metrics.total])).toEqual([
      ['2026-04', 5, { q1: 67, median: 76, q3: 85 }],
      ['2026-05', 4, { q1: 73, median: 81.5, q3: 88.5 }],
      ['2026-06', 5, { q1: 68, median: 79, q3: 87 }],
    ]);
  });

  it('summarises each group too, ignoring earlier snapshots and quarterly rows', async () => {
    const rows = await getProvinceQuartiles(db);
    expect(rows[0]?.metrics.ckmb).toEqual({ q1: 12, median: 14, q3: 16 });
    expect(rows[0]?.metrics.mdhl).toEqual({ q1: 12, median: 13, q3: 14 });
    // 2026-05 mdsh: 13, 17, 19, 22 → the 15th-of-May snapshot (all 1s) is not among them.
    expect(rows[1]?.metrics.mdsh).toEqual({ q1: 16, median: 18, q3: 19.75 });
  });
});

describe('getCommuneScores', () => {
  it('lists every month, with nulls where the unit has no score', async () => {
    const rows = await getCommuneScores(db, '10001');
    expect(rows.map((row) => [row.period, row.total, row.rank, row.rankedCount])).toEqual([
      ['2026-04', 67, 4, 5],
      ['2026-05', null, null, 4],
      ['2026-06', 68, 4, 5],
    ]);
    expect(rows[1]?.groups).toBeNull();
    expect(rows[2]?.groups).toEqual({ ckmb: 13, tdgq: 15, dvctt: 8, tttt: 6, mdsh: 15, mdhl: 11 });
    expect(rows[2]?.snapshotDate).toBe('2026-06-30');
  });

  it('computes a missing total from the groups and ranks the unit by it', async () => {
    const rows = await getCommuneScores(db, '20001');
    expect(rows.map((row) => [row.total, row.rank])).toEqual([
      [57, 5],
      [58, 4],
      [59, 5],
    ]);
  });

  it('ranks as rank() over the month would: tied units share a rank, the next one skips', async () => {
    const tied = await createNodeDb();
    const units = ['10001,A,xa,X,1,,', '10002,B,xa,X,1,,', '10003,C,xa,X,1,,', '10004,D,xa,X,1,,'];
    const unitsCsv = [fixture('units.csv').split('\n')[0], ...units].join('\n');
    const loaded = await loadCsvDataset(tied, unitsSpec, 'units.csv', unitsCsv);
    const scores = [
      'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl,total',
      '10001,2026-04-30,month,2026-04,14,16,9,7,17,13,76',
      '10002,2026-04-30,month,2026-04,14,16,9,7,17,13,76',
      '10003,2026-04-30,month,2026-04,12,14,8,6,15,12,67',
      '10004,2026-04-30,month,2026-04,16,18,10,8,19,14,85',
    ].join('\n');
    const knownCodes = new Set(loaded.rows.map((row) => String(row.code)));
    const loadedScores = await loadCsvDataset(tied, indexScoresSpec, 'index-scores.csv', scores, {
      knownCodes,
    });
    expect(loadedScores.rowsRejected).toBe(0);
    const ranks = await Promise.all(
      ['10001', '10002', '10003', '10004'].map(async (code) => {
        const [row] = await getCommuneScores(tied, code);
        return [row?.rank, row?.rankedCount];
      }),
    );
    expect(ranks).toEqual([
      [2, 4],
      [2, 4],
      [4, 4],
      [1, 4],
    ]);
  });

  it('returns the months with null scores for an unknown code', async () => {
    const rows = await getCommuneScores(db, '99999');
    expect(rows.every((row) => row.total === null)).toBe(true);
    expect(() => JSON.stringify(rows)).not.toThrow();
  });
});

describe('getCommuneActivity', () => {
  it('sums dossier channels and petition topics per month, keeping months of either', async () => {
    expect(await getCommuneActivity(db, '10001')).toEqual([
      {
        month: '2026-04',
        dossiersReceived: 100,
        dossiersResolved: 85,
        dossiersLate: 5,
        dossiersOverdue: 3,
        petitionsReceived: 15,
        petitionsPending: 4,
      },
      {
        month: '2026-05',
        dossiersReceived: 90,
        dossiersResolved: 85,
        dossiersLate: 10,
        dossiersOverdue: 2,
        petitionsReceived: null,
        petitionsPending: null,
      },
      {
        month: '2026-06',
        dossiersReceived: 95,
        dossiersResolved: 85,
        dossiersLate: 5,
        dossiersOverdue: 5,
        petitionsReceived: 7,
        petitionsPending: 4,
      },
    ]);
  });

  it('returns nothing for a unit with no dossiers or petitions (Hoàng Sa)', async () => {
    expect(await getCommuneActivity(db, '30001')).toEqual([]);
  });
});

describe('getPeers', () => {
  it('picks the five same-type units nearest in log-area, ties by name', async () => {
    const peers = await getPeers(db, '10001');
    expect(peers.period).toBe('2026-06');
    expect(peers.rankedCount).toBe(5);
    // 40 and 30 km² are nearest; 70 and 17.5 are exactly twice and half (tie → name order:
    // An Hải before Đông Giang); 5 km² fifth; the phường of the same area is another type.
    expect(peers.similarSize.map((peer) => peer.code)).toEqual([
      '10002',
      '10003',
      '10005',
      '10004',
      '10008',
    ]);
    expect(peers.similarSize[2]?.logAreaDistance).toBeCloseTo(Math.LN2, 6);
    expect(peers.similarSize[0]).toMatchObject({ name: 'Tam Dân', rank: 3, total: 79 });
    expect(peers.similarSize[3]).toMatchObject({ rank: null, total: null });
  });

  it('finds district peers through any overlap of the ;-separated lists, best rank first', async () => {
    const peers = await getPeers(db, '10001');
    expect(peers.sameDistrict.map((peer) => [peer.code, peer.rank])).toEqual([
      ['10002', 3],
      ['20001', 5],
      ['10006', null],
    ]);
    expect(peers.sameDistrict[2]?.sharedDistricts).toEqual(['Huyện Phú Ninh, tỉnh Quảng Nam cũ']);
  });

  it('gives the only unit of its type no size peers', async () => {
    const peers = await getPeers(db, '30001');
    expect(peers.similarSize).toEqual([]);
    expect(peers.sameDistrict).toEqual([]);
  });

  it('matches a unit with two former districts on either one', () => {
    const unit = (code: string, formerDistrict: string) => ({
      code,
      name: code,
      type: 'xa' as const,
      formerDistrict,
      areaKm2: 10,
      rank: null,
      total: null,
    });
    const chosen = selectPeers(
      [unit('1', 'A; B'), unit('2', 'B'), unit('3', 'C'), unit('4', ' A ;D')],
      '1',
      2,
    );
    expect(chosen.sameDistrict.map((peer) => peer.code)).toEqual(['2', '4']);
    expect(chosen.similarSize).toHaveLength(2);
    expect(splitFormerDistricts('A; ;B')).toEqual(['A', 'B']);
  });
});
