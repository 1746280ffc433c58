/**
 * Figures quoted in the press (data/README.md) that the synthetic sample must reproduce.
 * Units are identified by code, never by name.
 */

/** Xã Chiên Đàn: ranked 1st of 94 on 31/7/2025; 119 voters' petitions in its first round. */
export const CHIEN_DAN = {
  code: '20364',
  firstPlaceSnapshot: '2025-07-31',
  petitionsMonth: '2025-07',
  petitions: 119,
} as const;

/** Xã Xuân Phú: over 1,051 dossiers in its first month, over 99 % resolved on time. */
export const XUAN_PHU = {
  code: '20650',
  month: '2025-07',
  received: 1052,
  minPressOnTimeRate: 0.99,
} as const;
