import { useSyncExternalStore } from 'react';
import { engineProgress, type EngineProgress } from '../db/engine-progress.ts';

export type { EngineProgress } from '../db/engine-progress.ts';

/** The engine download's progress in bytes, null before it starts. */
export function useEngineProgress(): EngineProgress | null {
  return useSyncExternalStore(engineProgress.subscribe, engineProgress.get, engineProgress.get);
}
