import { describe, expect, it } from 'vitest';
import { detectDataset, readHeaderLine } from './detect-dataset.ts';

describe('detectDataset', () => {
  it('recognises each dataset from its header, in any column order and case', () => {
    expect(detectDataset(['code', 'name', 'type', 'former_district', 'area_km2'])).toBe('units');
    expect(
      detectDataset(
        'code,snapshot_date,period_type,period,ckmb,tdgq,dvctt,tttt,mdsh,mdhl'.split(','),
      ),
    ).toBe('index_scores');
    expect(
      detectDataset(
        'MONTH,code,carried_over,received_online,received_in_person,received_postal,resolved_early,resolved_on_time,resolved_late,pending_in_time,pending_overdue,returned'.split(
          ',',
        ),
      ),
    ).toBe('dossiers');
    expect(
      detectDataset(
        'code,month,topic,received,answered_on_spot,answered_later,transferred,pending'.split(','),
      ),
    ).toBe('petitions');
  });

  it('returns null when a required column is missing', () => {
    expect(detectDataset(['code', 'name'])).toBeNull();
    expect(detectDataset([])).toBeNull();
  });
});

describe('readHeaderLine', () => {
  it('reads a BOM, semicolon or quoted header', () => {
    expect(readHeaderLine('\uFEFFcode;name\n1;2')).toEqual(['code', 'name']);
    expect(readHeaderLine('"code","name"\r\n')).toEqual(['code', 'name']);
  });
});
