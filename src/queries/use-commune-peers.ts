import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LoadedData } from '../data/load-sample.ts';
import { getPeers } from '../db/queries/get-peers.ts';
import { datasetKey } from './query-keys.ts';
import { useLoadedData } from './use-loaded-data.ts';
import { withDatabase } from './with-database.ts';

export type { DistrictPeer, Peers, PeerUnit, SizePeer } from '../db/queries/get-peers.ts';
export { SIZE_PEER_COUNT } from '../db/queries/get-peers.ts';

export const communePeersOptions = (data: LoadedData | undefined, code: string | null) =>
  queryOptions({
    queryKey: datasetKey(data?.version ?? 'pending', 'commune-peers', code),
    queryFn: withDatabase(code === null ? undefined : data, (db) => getPeers(db, code ?? '')),
  });

/** Size peers and former-district peers of one unit, with latest ranks; null code waits. */
export function useCommunePeers(code: string | null) {
  return useQuery(communePeersOptions(useLoadedData().data, code));
}
