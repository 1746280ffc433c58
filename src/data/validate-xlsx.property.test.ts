import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { DATASET_ORDER, DATASET_SPECS } from './schema.ts';
import type { SheetCell } from './sheet-records.ts';
import { validateUpload } from './validate-upload.ts';

// Property tests on generated workbooks: whatever the cells, validation ends, and every
// non-empty row under the header is either loaded or rejected.

interface Written {
  value: string | number | boolean | Date;
  type?: typeof Number | typeof Boolean | typeof Date;
  format?: string;
}

const toWritten = (cell: SheetCell): Written | null => {
  if (cell === null) return null;
  if (typeof cell === 'number') return { value: cell, type: Number };
  if (typeof cell === 'boolean') return { value: cell, type: Boolean };
  if (cell instanceof Date) return { value: cell, type: Date, format: 'dd/mm/yyyy' };
  return { value: cell };
};

async function workbook(rows: readonly (readonly SheetCell[])[]): Promise<Blob> {
  const output = writeXlsxFile(rows.map((row) => row.map(toWritten)));
  return new Blob([new Uint8Array(await output.toBuffer())]);
}

const hostile = fc.constantFrom(
  '=HYPERLINK("http://x")',
  '"',
  '',
  ' ',
  'x',
  '95,42',
  '1.052',
  '7/2025',
  '31/07/2025',
  '2025-07-31',
  'Tháng',
  'month',
  'xa',
);
const cell: fc.Arbitrary<SheetCell> = fc.oneof(
  hostile,
  // XML (and so .xlsx) cannot hold control characters, and write-excel-file also drops U+FFFD:
  // such a cell would be empty in the file written, not lost by the reader.
  fc
    .string({ maxLength: 12 })
    .filter((text) => !Array.from(text).some((char) => char < ' ' || char === '\ufffd')),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.constant(1e308),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.constant(null),
);

describe('validateUpload on generated .xlsx (fast-check)', () => {
  it('ends, and rows read = loaded + rejected = the non-empty rows below the header', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DATASET_ORDER),
        fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 12 }),
        fc.boolean(),
        async (dataset, body, titleRow) => {
          const spec = DATASET_SPECS[dataset];
          const header: SheetCell[] = spec.columns.map((column) => column.name);
          const rows = [...(titleRow ? [['Bảng số liệu']] : []), header, ...body];
          const result = await validateUpload(
            await workbook(rows),
            spec,
            'sinh.xlsx',
            { batchRows: 4 },
            () => Promise.resolve(),
          );
          if (!result.ok) throw new Error(`refused: ${result.reason}`);
          const { rowsRead, rowsLoaded, rowsRejected } = result.report;
          expect(rowsRead).toBe(rowsLoaded + rowsRejected);
          const nonEmpty = body.filter((row) =>
            row.some(
              (value) => value !== null && !(typeof value === 'string' && value.trim() === ''),
            ),
          ).length;
          expect(rowsRead).toBe(nonEmpty);
        },
      ),
      { seed: 20261201, numRuns: 40 },
    );
  }, 60_000);

  it('refuses junk bytes that start like a workbook, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (junk) => {
        const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...junk]);
        const result = await validateUpload(
          new Blob([bytes]),
          DATASET_SPECS.units,
          'hong.xlsx',
          { batchRows: 4 },
          () => Promise.resolve(),
        );
        expect(result).toEqual({ ok: false, reason: 'not_xlsx' });
      }),
      { seed: 20261202, numRuns: 60 },
    );
  });
});
