import { useQuestion } from '../../queries/use-question.ts';
import { QUESTIONS } from '../../queries/questions.ts';
import { ErrorBoundary } from '../../components/error-boundary.tsx';
import { QueryFallback } from '../../components/query-state.tsx';
import { VietnameseName, WithVietnameseNames } from '../../components/vietnamese-name.tsx';
import { useI18n } from '../../i18n/i18n-context.ts';
import { SIZE_PEER_COUNT, type PeerUnit } from '../../queries/questions.ts';
import type { UnitRow } from '../../queries/questions.ts';
import { AppLink } from '../../routing/app-link.tsx';
import { COMMUNE_SEARCH } from '../../state/page-search.ts';
import { DownloadTableButtons } from '../../components/download-table-buttons.tsx';
import type { CsvColumn } from '../../data/format-csv-export.ts';
import { useProvenance } from '../../components/data-status.ts';
import { exportNote } from '../../charts/source-label.ts';

/** A peer as a file row: why it is a peer ("size", "district"), then the unit. */
interface PeerFileRow extends PeerUnit {
  readonly peerBy: 'size' | 'district';
}

const PEER_COLUMNS: CsvColumn<PeerFileRow>[] = [
  { header: 'peer_by', value: (row) => row.peerBy },
  { header: 'code', value: (row) => row.code },
  { header: 'name', value: (row) => row.name },
  { header: 'type', value: (row) => row.type },
  { header: 'former_district', value: (row) => row.formerDistrict },
  { header: 'area_km2', value: (row) => row.areaKm2 },
  { header: 'rank', value: (row) => row.rank },
  { header: 'total', value: (row) => row.total },
];

interface ProfilePeersProps {
  readonly unit: UnitRow;
  /** How many units are loaded: every one has an area, the size the peers are chosen by. */
  readonly total: number;
}

/** Units to compare with: same type and nearest area, and same former district; with ranks. */
export function ProfilePeers(props: ProfilePeersProps) {
  return (
    <ErrorBoundary scope="panel">
      <ProfilePeersBody {...props} />
    </ErrorBoundary>
  );
}

function ProfilePeersBody({ unit, total }: ProfilePeersProps) {
  const { t, format } = useI18n();
  const peers = useQuestion(QUESTIONS.communePeers, unit.code);
  const note = exportNote(useProvenance('index_scores'), t);
  if (peers.data === undefined) return <QueryFallback queries={[peers]} />;
  const { similarSize, sameDistrict, rankedCount, period } = peers.data;

  const list = (units: readonly PeerUnit[], testId: string) =>
    units.length === 0 ? (
      <p className="profile-none">{t('profile.peersNone')}</p>
    ) : (
      <ul className="profile-peer-list" data-testid={testId}>
        {units.map((peer) => (
          <li key={peer.code}>
            <AppLink to={COMMUNE_SEARCH.to({ code: peer.code })}>
              {t(`type.${peer.type}`)} <VietnameseName>{peer.name}</VietnameseName>
            </AppLink>{' '}
            <span className="profile-peer-meta">
              {peer.rank === null
                ? t('profile.unranked')
                : t('profile.rankOf', { rank: peer.rank, count: rankedCount })}
              {peer.areaKm2 === null ? null : (
                <span className="profile-peer-area">
                  {' · '}
                  {t('profile.areaShort', { value: format.decimal(peer.areaKm2, 1) })}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
    );

  return (
    <section className="profile-section profile-peers" aria-labelledby="profile-peers-heading">
      <h3 id="profile-peers-heading">{t('profile.peersHeading')}</h3>
      <div className="table-actions">
        <DownloadTableButtons
          rows={[
            ...similarSize.map((peer) => ({ ...peer, peerBy: 'size' as const })),
            ...sameDistrict.map((peer) => ({ ...peer, peerBy: 'district' as const })),
          ]}
          columns={PEER_COLUMNS}
          note={note}
          fileName={`don-vi-tuong-dong-${unit.code}`}
          testId="profile-peers"
          subject={`${t('profile.peersHeading')}: ${unit.name}`}
          datasets={['units', 'index_scores']}
        />
      </div>
      <div className="profile-peers-grid">
        <div>
          <h4>{t('profile.peersSizeTitle')}</h4>
          <p className="note">
            {t('profile.peersSizeRule', {
              count: SIZE_PEER_COUNT,
              type: t(`type.${unit.type}`),
              total: t('count.units', { count: total }),
            })}
          </p>
          {list(similarSize, 'profile-peers-size')}
        </div>
        <div>
          <h4>{t('profile.peersDistrictTitle')}</h4>
          <p className="note">
            <WithVietnameseNames
              text={t('profile.peersDistrictRule', {
                name: unit.name,
                month: period === null ? '—' : format.month(period),
              })}
              names={[unit.name]}
            />
          </p>
          {list(sameDistrict, 'profile-peers-district')}
        </div>
      </div>
    </section>
  );
}
