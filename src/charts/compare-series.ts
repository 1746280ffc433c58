/** Okabe–Ito colours, one per compared unit (2 to 5), in the order the units were chosen. */
export const COMPARE_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'] as const;
