import { describe, expect, it } from 'vitest';
import type { DatasetLoadReport } from '../data/load-report.ts';
import type { DatasetId } from '../data/schema.ts';
import type { DatasetOrigin, LoadedData } from '../ingest/loaded-data.ts';
import { datasetProvenance } from './data-status-provider.tsx';

const report = (dataset: DatasetId, file: string): DatasetLoadReport => ({
  dataset,
  file,
  issues: [],
  omittedIssues: {},
  rowsRead: 1,
  rowsLoaded: 1,
  rowsRejected: 0,
  rowsFlagged: 0,
});

function loaded(
  origins: Record<DatasetId, DatasetOrigin>,
  files: Partial<Record<DatasetId, string>>,
  synthetic = true,
): Pick<LoadedData, 'origins' | 'reports' | 'published'> {
  const ids: DatasetId[] = ['units', 'index_scores', 'index_metrics', 'dossiers', 'petitions'];
  return {
    origins,
    reports: ids.map((id) => report(id, files[id] ?? `${id}.csv`)),
    published: { version: 'v1', synthetic, datasets: [] },
  };
}

const PUBLISHED: Record<DatasetId, DatasetOrigin> = {
  units: 'published',
  index_scores: 'published',
  index_metrics: 'published',
  dossiers: 'published',
  petitions: 'published',
};

describe('datasetProvenance', () => {
  it('calls the published sample synthetic, except the units list, which is real', () => {
    const provenance = datasetProvenance(loaded(PUBLISHED, {}));
    expect(provenance.units).toEqual({ synthetic: false, source: { kind: 'reference' } });
    for (const dataset of ['index_scores', 'dossiers', 'petitions'] as const) {
      expect(provenance[dataset]).toEqual({ synthetic: true, source: { kind: 'sample' } });
    }
  });

  it('calls nothing synthetic when the published files are real figures', () => {
    const provenance = datasetProvenance(loaded(PUBLISHED, {}, false));
    expect(Object.values(provenance).map((entry) => entry.synthetic)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("names each upload by its file, keeps the others' own origin", () => {
    const provenance = datasetProvenance(
      loaded(
        {
          units: 'upload',
          index_scores: 'upload',
          index_metrics: 'cleared',
          dossiers: 'cleared',
          petitions: 'cleared',
        },
        { units: 'xa-thanh-hoa.csv', index_scores: 'diem-thanh-hoa.csv' },
      ),
    );
    expect(provenance).toEqual({
      units: { synthetic: false, source: { kind: 'upload', file: 'xa-thanh-hoa.csv' } },
      index_scores: { synthetic: false, source: { kind: 'upload', file: 'diem-thanh-hoa.csv' } },
      index_metrics: { synthetic: false, source: { kind: 'cleared' } },
      dossiers: { synthetic: false, source: { kind: 'cleared' } },
      petitions: { synthetic: false, source: { kind: 'cleared' } },
    });
  });

  it('keeps the sample synthetic beside an uploaded dataset', () => {
    const provenance = datasetProvenance(
      loaded({ ...PUBLISHED, index_scores: 'upload' }, { index_scores: 'diem.csv' }),
    );
    expect(provenance.index_scores.source).toEqual({ kind: 'upload', file: 'diem.csv' });
    expect(provenance.dossiers.synthetic).toBe(true);
    expect(provenance.petitions.synthetic).toBe(true);
  });
});
