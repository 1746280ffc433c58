import { describe, expect, it } from 'vitest';
import type { ColumnKind } from './schema.ts';
import { validateCell } from './validate-cell.ts';

// Plain numbers and codes take a fast path without regular expressions: it must read exactly
// what `Number` reads, and leave everything else to the general path.
const WIDE: ColumnKind = { type: 'number', min: -1e30, max: 1e30 };
const COUNT: ColumnKind = { type: 'count' };

function randomDecimals(count: number): string[] {
  let state = 12345;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  return Array.from({ length: count }, () => {
    const whole = String(next()).slice(0, 1 + (next() % 10));
    const fraction = String(next())
      .padStart(10, '0')
      .slice(0, next() % 11);
    const sign = next() % 4 === 0 ? '-' : '';
    return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
  });
}

describe('validateCell on plain numbers', () => {
  it('reads every plain decimal to the same double as Number', () => {
    const values = [
      ...randomDecimals(20_000),
      '0',
      '-0',
      '-0.00',
      '007',
      '0.1',
      '0.30000000000000004',
      '123456789012345',
      '1234567890123456',
      '12345678901234567890',
      '9007199254740993',
      '1.7976931348623157',
      '99.995',
    ];
    for (const value of values) {
      const result = validateCell(value, WIDE, false);
      expect(result.ok && Object.is(result.value, Number(value)), value).toBe(true);
    }
  });

  it('reads counts as Number does and leaves the rest to the general checks', () => {
    expect(validateCell('1052', COUNT, false)).toEqual({ ok: true, value: 1052 });
    expect(validateCell('2147483647', COUNT, false)).toEqual({ ok: true, value: 2147483647 });
    expect(validateCell('2147483648', COUNT, false)).toMatchObject({
      ok: false,
      code: 'out_of_range',
    });
    expect(validateCell('-1', COUNT, false)).toMatchObject({ ok: false, code: 'negative' });
    expect(validateCell('1.5', COUNT, false)).toEqual({ ok: false, code: 'not_integer' });
    expect(validateCell(' 12 ', COUNT, false)).toEqual({ ok: true, value: 12 });
    expect(validateCell('1.052', COUNT, false, { numberLocale: 'vi' })).toEqual({
      ok: true,
      value: 1052,
    });
    for (const value of ['1.', '.5', '1e3', '+1', '--1', '1.2.3', '0x10', '1\u0000', '']) {
      expect(validateCell(value, WIDE, false).ok, value).toBe(false);
    }
    expect(validateCell('1\u0001', WIDE, false)).toEqual({ ok: false, code: 'control_character' });
    expect(validateCell('12.5', { type: 'number', min: 0, max: 10 }, false)).toEqual({
      ok: false,
      code: 'out_of_range',
      expected: { kind: 'range', min: 0, max: 10 },
    });
  });

  it('reads a 5-digit code as itself and anything else through the general path', () => {
    expect(validateCell('00004', { type: 'code' }, false)).toEqual({ ok: true, value: '00004' });
    expect(validateCell(' 00004 ', { type: 'code' }, false)).toEqual({ ok: true, value: '00004' });
    expect(validateCell('0004', { type: 'code' }, false)).toMatchObject({
      ok: false,
      code: 'bad_code',
    });
    expect(validateCell('０００04', { type: 'code' }, false)).toMatchObject({ ok: false });
  });
});
