import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint.ts';

/**
 * False in the first render, true once the browser has painted the frame of that render: a
 * heavy, secondary part of a page (a 94-row table under its chart) mounts one frame after the
 * chart, so the first chart is not kept waiting for it. It is never stale: until then it is
 * simply not there, and later renders update it together with the chart.
 */
export function usePaintedSinceMount(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(
    () =>
      afterNextPaint(() => {
        setPainted(true);
      }),
    [],
  );
  return painted;
}
