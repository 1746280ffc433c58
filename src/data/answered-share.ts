import { shareOf, type Share } from './on-time-rates.ts';

/** The petition counts the answered share is computed from. */
export interface AnsweredCounts {
  readonly received: number;
  readonly answeredOnSpot: number;
  readonly answeredLater: number;
}

/** Answered (on the spot or later) ÷ received, with its n. */
export function answeredShare(counts: AnsweredCounts): Share {
  return shareOf(counts.answeredOnSpot + counts.answeredLater, counts.received);
}
