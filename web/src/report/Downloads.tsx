import { useQuery } from '@tanstack/react-query';
import { reportJsonUrl } from '../shared/api.ts';
import { versionFileUrl, versionListQuery, versionsOf } from '../versions/api.ts';
import { useVersionAccessFor } from '../versions/useVersionAccess.ts';
import './downloads.css';

const FORMATS = [
  { ext: 'pdf', label: 'PDF' },
  { ext: 'docx', label: 'Word' },
  { ext: 'xlsx', label: 'Excel' },
] as const;

/** The report's file for a format: the latest published version by default, the draft with ?utkast=1. */
export const reportFileUrl = (committee: string, period: string, ext: string, draft = false) =>
  `${reportJsonUrl(committee, period)}.${ext}${draft ? '?utkast=1' : ''}`;

/** PDF, Word and Excel links of one document, after a label ("Arbetsutkast:"); `what` completes each link's name for screen readers. */
export function FileLinks({ label, urlOf, what }: { label: string; urlOf: (ext: string) => string; what: string }) {
  return (
    <div className="download-group">
      <span className="download-label">{label}</span>
      <ul className="download-links">
        {FORMATS.map((f) => (
          <li key={f.ext}>
            {/* The name begins with the visible label (WCAG 2.5.3) and says which document. */}
            <a className="button" href={urlOf(f.ext)} download aria-label={`${f.label}, ${what}`}>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Ladda ner": the period's latest published version as PDF, Word and Excel when one exists, and
 * the working draft (marked "Utkast" on every page) for those who may read it.
 */
export function Downloads({ committee, period }: { committee: string; period: string }) {
  const { canReadWorking } = useVersionAccessFor(committee);
  const list = useQuery(versionListQuery(committee));
  const latest = versionsOf(list.data, period)[0];
  return (
    <section className="downloads" aria-labelledby="ladda-ner">
      <h2 id="ladda-ner" className="downloads-title">
        Ladda ner
      </h2>
      {latest && (
        <FileLinks
          label={`Publicerad version ${latest.number}:`}
          what={`publicerad version ${latest.number}`}
          urlOf={(ext) => versionFileUrl(committee, period, latest.number, ext)}
        />
      )}
      {canReadWorking && (
        <FileLinks label="Arbetsutkast:" what="arbetsutkast" urlOf={(ext) => reportFileUrl(committee, period, ext, true)} />
      )}
      {list.isSuccess && !latest && !canReadWorking && <p>Ingen version är publicerad ännu.</p>}
    </section>
  );
}
