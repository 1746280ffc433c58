/** How many units of the same type, nearest in log-area, count as size peers. */
export const SIZE_PEER_COUNT = 5;
