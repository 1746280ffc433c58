import type { UnitType } from '../data/schema.ts';

/** Colours and type as data. Unit-type colours are from the Okabe–Ito colour-blind-safe set. */
export interface ChartTheme {
  readonly text: string;
  readonly mutedText: string;
  readonly gridLine: string;
  readonly accent: string;
  readonly fontFamily: string;
  readonly unitType: Readonly<Record<UnitType, string>>;
}

export const lightTheme: ChartTheme = {
  text: '#1f2328',
  mutedText: '#59636e',
  gridLine: '#d8dee4',
  accent: '#b3261e',
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  unitType: { phuong: '#0072B2', xa: '#009E73', dac_khu: '#E69F00' },
};
