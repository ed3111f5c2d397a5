import type { VersionSummary } from '#contract/index.ts';
import { formatTimestamp, periodLabel } from '../shared/format.ts';
import { dashboardPath, Link } from '../shared/router.tsx';
import { versionHtmlUrl } from './api.ts';
import { versionDashboardPath, versionsPath } from './routes.ts';
import type { ShownReport } from './useShownReport.ts';
import './versions.css';

export const versionName = (v: Pick<VersionSummary, 'number' | 'publishedAt'>) =>
  `Publicerad version ${v.number}, ${formatTimestamp(v.publishedAt)}`;

/** On the dashboard: whether it shows the working draft or a published version, and the way to the others. */
export function VersionBanner({
  committee,
  period,
  shown,
  versions,
  canReadWorking,
}: {
  committee: string;
  period: string;
  shown: ShownReport;
  versions: VersionSummary[];
  canReadWorking: boolean;
}) {
  if (shown.kind === 'unknown') return null;
  const current = shown.kind === 'version' ? shown.number : null;
  return (
    <section className={`version-banner version-banner-${shown.kind}`} aria-label="Version som visas">
      {shown.kind === 'draft' && (
        <p>
          <strong>Arbetsutkast</strong> – siffrorna och texterna kan ändras till dess rapporten publiceras.
        </p>
      )}
      {shown.kind === 'version' && (
        <p>
          <strong>{shown.version ? versionName(shown.version) : `Publicerad version ${shown.number}`}</strong>
          {shown.version && ` (publicerad av ${shown.version.publishedBy})`}. Den ändras inte av senare importer eller ändringar.{' '}
          <a href={versionHtmlUrl(committee, period, shown.number)}>Öppna den publicerade rapporten</a>
        </p>
      )}
      {shown.kind === 'none' && (
        <p>
          <strong>Ingen publicerad version för {periodLabel(period)} ännu.</strong> Rapporten visas här när nämndens controller har
          publicerat den.
        </p>
      )}
      {(versions.length > 0 || canReadWorking) && (
        <nav aria-label="Välj version">
          <span className="version-switch-label">Visa:</span>
          <ul>
            {canReadWorking && (
              <li>
                <Link to={dashboardPath(committee, period)} aria-current={shown.kind === 'draft' ? 'page' : undefined} keepFocus>
                  Arbetsutkast
                </Link>
              </li>
            )}
            {versions.map((v) => (
              <li key={v.number}>
                <Link
                  to={versionDashboardPath(committee, period, v.number)}
                  aria-current={current === v.number ? 'page' : undefined}
                  keepFocus
                >
                  Version {v.number}
                  <span className="sr-only">, publicerad {formatTimestamp(v.publishedAt)}</span>
                </Link>
              </li>
            ))}
            <li>
              <Link to={versionsPath(committee, period)}>Alla versioner och jämförelser</Link>
            </li>
          </ul>
        </nav>
      )}
    </section>
  );
}
