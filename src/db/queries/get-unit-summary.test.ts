import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '../../../test/helpers/node-db.ts';
import { loadCsvDataset } from '../../../test/helpers/load-csv-dataset.ts';
import { unitsSpec } from '../../data/schema.ts';
import type { DbClient } from '../db-client.ts';
import { lockDown } from '../lock-down.ts';
import { getUnitSummary } from './get-unit-summary.ts';

let db: DbClient;

beforeAll(async () => {
  db = await createNodeDb();
});

/** Replaces the units table with this CSV text (every row must load) and summarises it. */
async function summarise(text: string) {
  const result = await loadCsvDataset(db, unitsSpec, 'units.csv', text);
  expect(result.issues).toEqual([]);
  return getUnitSummary(db);
}

const HEADER = 'code,name,type,former_district,area_km2,population,population_source';

describe('getUnitSummary', () => {
  it('names the one province of five Thanh Hóa communes, from a Vietnamese header', async () => {
    const summary = await summarise(
      [
        'Mã xã,Tên xã,Loại,Huyện cũ,Diện tích,Dân số,Tỉnh/thành phố',
        '99001,Nguyệt Ấn,xa,Huyện Ngọc Lặc cũ,50,,Thanh Hóa',
        '99002,Thắng Lộc,xa,Huyện Thường Xuân cũ,73.75,8893,Thanh Hóa',
        '99003,Hạc Thành,phuong,TP Thanh Hóa cũ,41.2,,Thanh Hóa',
        '99004,Sầm Sơn,phuong,TP Sầm Sơn cũ,44.9,, Thanh Hóa ',
        '99005,Na Mèo,xa,Huyện Quan Sơn cũ,125.3,,Thanh Hóa',
      ].join('\n'),
    );
    expect(summary).toEqual({
      provinces: ['Thanh Hóa'],
      unitCount: 5,
      communeCount: 3,
      populationKnown: 1,
    });
    // Counts are numbers, never BigInt.
    expect(typeof summary.unitCount).toBe('number');
  });

  it('lists several provinces once each in Vietnamese order, ignoring units without one', async () => {
    const summary = await summarise(
      [
        `${HEADER},province`,
        '00004,Ba Đình,phuong,"Quận Ba Đình, Hà Nội cũ",2.5,,,Hà Nội',
        '20242,Hải Châu,phuong,Quận Hải Châu cũ,7.58,,,Đà Nẵng',
        '20400,Chiên Đàn,xa,Huyện Phú Ninh cũ,35.25,12000,Niên giám,Đà Nẵng',
        '20500,"Đông ""Giang""",xa,Huyện Đông Giang cũ,800,,,',
        '20600,Hoàng Sa,dac_khu,Huyện Hoàng Sa cũ,305,,,An Giang',
      ].join('\n'),
    );
    expect(summary.provinces).toEqual(['An Giang', 'Đà Nẵng', 'Hà Nội']);
    expect(summary).toMatchObject({ unitCount: 5, communeCount: 2, populationKnown: 1 });
  });

  it('names no province when the file has no province column, and still counts', async () => {
    const summary = await summarise(
      [HEADER, '20242,Hải Châu,phuong,Quận Hải Châu cũ,7.58,,'].join('\n'),
    );
    expect(summary).toEqual({
      provinces: [],
      unitCount: 1,
      communeCount: 0,
      populationKnown: 0,
    });
  });

  it('answers on a locked-down engine', async () => {
    await summarise([`${HEADER},province`, '20242,Hải Châu,phuong,x,7.58,,,Đà Nẵng'].join('\n'));
    await lockDown(db);
    expect((await getUnitSummary(db)).provinces).toEqual(['Đà Nẵng']);
  });
});
