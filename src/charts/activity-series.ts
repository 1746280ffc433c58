/** The commune profile's two small activity charts: received (bars) against resolved or pending. */
export const ACTIVITY_COLORS = {
  received: '#9fb8d1',
  resolved: '#0b5cad',
  pending: '#b3261e',
} as const;
