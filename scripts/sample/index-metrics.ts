/**
 * The sub-indicators of Decision 766 as the national portal publishes them (codes and maximum
 * scores as in its evaluation responses; names worded after the decision), and the portal's
 * scoring rule: score = max × min(1, ratio ÷ threshold). Scores are kept in hundredths of a point
 * and ratios in hundredths of a percent, so every sum and every rounding is exact.
 */

export type IndexGroupKey = 'ckmb' | 'tdgq' | 'dvctt' | 'tttt' | 'mdsh' | 'mdhl';

/** What a sub-indicator scores when there was nothing to count (0 ÷ 0). */
export type WhenEmpty = 'zero' | 'full';

export interface MetricSpec {
  readonly group: IndexGroupKey;
  readonly code: string;
  readonly name: string;
  readonly max: number;
  /** The ratio (percent) that earns the full score. */
  readonly threshold: number;
  readonly whenEmpty: WhenEmpty;
}

const metric = (
  group: IndexGroupKey,
  code: string,
  max: number,
  name: string,
  options: { threshold?: number; whenEmpty?: WhenEmpty } = {},
): MetricSpec => ({
  group,
  code,
  name,
  max,
  threshold: options.threshold ?? 100,
  whenEmpty: options.whenEmpty ?? 'zero',
});

// With no complaint (PAKN) to handle, the portal awards the complaint sub-indicators in full.
const FULL_WHEN_EMPTY = { whenEmpty: 'full' } as const;

export const METRICS = [
  metric('ckmb', 'PUBLISH_ON_TIME', 6, 'Tỷ lệ thủ tục hành chính được công bố đúng hạn'),
  metric(
    'ckmb',
    'PUBLIC_UPDATE_ON_TIME',
    4,
    'Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn',
  ),
  metric(
    'ckmb',
    'PUBLIC_CONTENT_FULL',
    2,
    'Tỷ lệ thủ tục hành chính được công khai đầy đủ nội dung',
  ),
  metric('ckmb', 'DOSSIER_SYNC', 6, 'Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia'),
  metric('tdgq', 'DOSSIER_ON_TIME', 20, 'Tỷ lệ hồ sơ giải quyết đúng hạn'),
  metric('dvctt', 'PROVIDE_ONLINE', 12, 'Tỷ lệ hồ sơ tiếp nhận trực tuyến'),
  metric(
    'tttt',
    'ONLINE_PAYMENT',
    10,
    'Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến',
  ),
  metric('mdsh', 'ORIGINAL_RESULT_AVAILABLE', 6, 'Tỷ lệ hồ sơ được cấp kết quả giải quyết điện tử'),
  metric('mdsh', 'SO_HOA_GIAY_TO_GIAI_QUYET', 4, 'Tỷ lệ hồ sơ được số hóa thành phần hồ sơ'),
  // Full points at 80 %: the threshold the portal's published scores fit (src/data/metric-rules.ts).
  metric('mdsh', 'REUSED_DIGITIZED_DATA', 2, 'Tỷ lệ hồ sơ sử dụng lại dữ liệu đã được số hóa', {
    threshold: 80,
  }),
  metric(
    'mdsh',
    'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
    4,
    'Tỷ lệ hồ sơ số hóa được đồng bộ vào kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia',
  ),
  metric('mdsh', 'CITIZEN_DATA_CONNECTED_DOSSIER', 2, 'Tỷ lệ hồ sơ sử dụng dữ liệu dân cư'),
  metric(
    'mdsh',
    'CITIZEN_DATA_CONNECTED_FORMALITY',
    2,
    'Tỷ lệ thủ tục hành chính kết nối, chia sẻ dữ liệu dân cư',
  ),
  metric(
    'mdsh',
    'ELECTRONIC_CERTIFIED_COPY',
    2,
    'Cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
  ),
  metric(
    'mdhl',
    'DOSSIER_RECEIVING_SATISFACTION',
    6,
    'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
    { threshold: 90, ...FULL_WHEN_EMPTY },
  ),
  metric(
    'mdhl',
    'PETITION_PROCESSING_ON_TIME',
    6,
    'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
    FULL_WHEN_EMPTY,
  ),
  metric(
    'mdhl',
    'PETITION_HANDLING_SATISFACTION',
    6,
    'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
    FULL_WHEN_EMPTY,
  ),
] as const satisfies readonly MetricSpec[];

export type MetricCode = (typeof METRICS)[number]['code'];

/**
 * One sub-indicator's counts. A yes/no sub-indicator (a service provided or not) has no counts:
 * `provided` says which, and its ratio is 100 % or 0 %.
 */
export type MetricCounts =
  { readonly numerator: number; readonly denominator: number } | { readonly provided: boolean };

/** Round half up of a ÷ b for non-negative integers, exactly. */
function roundDiv(a: number, b: number): number {
  return Math.floor((2 * a + b) / (2 * b));
}

/** Hundredths of a percent (`9914` for 99.14 %), null for 0 ÷ 0. */
export function ratioHundredths(counts: MetricCounts): number | null {
  if ('provided' in counts) return counts.provided ? 10_000 : 0;
  if (counts.denominator === 0) return null;
  return roundDiv(10_000 * counts.numerator, counts.denominator);
}

/** Hundredths of a point: max × min(1, (numerator ÷ denominator) ÷ threshold), rounded. */
export function scoreCents(spec: MetricSpec, counts: MetricCounts): number {
  const full = spec.max * 100;
  if ('provided' in counts) return counts.provided ? full : 0;
  if (counts.denominator === 0) return spec.whenEmpty === 'full' ? full : 0;
  return Math.min(
    full,
    roundDiv(full * 100 * counts.numerator, counts.denominator * spec.threshold),
  );
}

export function metricSpec(code: MetricCode): MetricSpec {
  const spec = METRICS.find((candidate) => candidate.code === code);
  if (!spec) throw new Error(`Unknown sub-indicator ${code}`);
  return spec;
}

export function metricsOf(group: IndexGroupKey): readonly MetricSpec[] {
  return METRICS.filter((spec) => spec.group === group);
}

/** `1234` → `"12.34"`, from the integer, so no float is ever printed. */
export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
}
