/**
 * The area page's review panel: the area's state, deadline and who changed it last, the
 * controller's note when it was returned, and the steps its state allows: Markera klart,
 * Godkänn område, Återsänd med kommentar, and Godkänn hela rapporten once every area is accepted.
 * Each person sees the steps their role allows (an area manager marks their own areas ready; the
 * controller reviews); the server checks them again.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { mayIn, mayInArea, useSession } from '../session/session-context.ts';
import { formatTimestamp } from '../shared/format.ts';
import { cyclePath, Link } from '../shared/router.tsx';
import { QueryError } from '../shared/Status.tsx';
import { textListQuery } from '../texts/textsApi.ts';
import { cycleQuery, useCycleStep } from './api.ts';
import { ReturnForm } from './ReturnForm.tsx';
import { StateBadge } from './StateBadge.tsx';
import './cycle.css';

export function AreaCycle({ committee, period, area }: { committee: string; period: string; area: string }) {
  const state = useQuery(cycleQuery(committee, period));
  const texts = useQuery(textListQuery(committee, period));
  const step = useCycleStep(committee, period);
  const [returning, setReturning] = useState(false);
  const [done, setDone] = useState('');
  const session = useSession();
  // The steps the signed-in person may take (the server checks them again).
  const marks = mayInArea(session, committee, area);
  const reviews = mayIn(session, committee, 'write');
  // A saved text changes what the area still needs: ask again.
  const textsUpdated = texts.dataUpdatedAt;
  const refetch = state.refetch;
  useEffect(() => {
    if (textsUpdated) void refetch();
  }, [textsUpdated, refetch]);

  const data = state.data;
  const own = data?.areas.find((a) => a.id === area);
  const run = (s: Parameters<typeof step.mutate>[0], message: string) => {
    setDone('');
    step.mutate(s, {
      onSuccess: () => {
        setDone(message);
        setReturning(false);
      },
    });
  };
  const allAccepted = data !== undefined && data.areas.length > 0 && data.areas.every((a) => a.state === 'accepted');
  return (
    <section aria-labelledby="area-cycle-heading" className="cycle-panel" id="granskning">
      <h2 id="area-cycle-heading">Granskning</h2>
      <QueryError title="Granskningens tillstånd kunde inte hämtas." query={state} />
      {data && !data.opened && (
        <p>
          Perioden är inte öppnad för granskning. Controllern öppnar den på sidan <Link to={cyclePath(committee, period)}>Granskning</Link>.
        </p>
      )}
      {data?.opened && own && (
        <>
          <p>
            Områdets tillstånd: <StateBadge state={own.state} label={own.stateLabel} late={own.late} />
            {data.state !== 'open' && (
              <>
                {' '}
                Hela rapporten: <StateBadge state={data.state ?? 'open'} label={data.stateLabel} />
              </>
            )}
          </p>
          <p className="hint">
            Tidsgräns {own.deadline}
            {own.updatedBy && own.updatedAt && `. Senast ändrat av ${own.updatedBy} ${formatTimestamp(own.updatedAt)}`}.
          </p>
          {own.state === 'returned' && own.note && (
            <div className="cycle-note">
              <p>
                <strong>Controllerns kommentar:</strong> {own.note}
              </p>
            </div>
          )}
          {own.missingTexts.length > 0 && (
            <p className="hint">
              Området är väsentligt och saknar {own.missingTexts.join(' och ').toLowerCase()}: skriv dem innan området markeras klart.
            </p>
          )}
          {data.state === 'open' && !returning && (
            <div className="cycle-actions">
              {marks && (own.state === 'open' || own.state === 'returned') && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => run({ kind: 'ready', area }, 'Området är markerat klart.')}
                >
                  Markera klart
                </button>
              )}
              {reviews && own.state === 'ready' && (
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => run({ kind: 'accept', area }, 'Området är godkänt.')}
                >
                  Godkänn område
                </button>
              )}
              {reviews && (own.state === 'ready' || own.state === 'accepted') && (
                <button type="button" className="button" onClick={() => setReturning(true)}>
                  Återsänd med kommentar
                </button>
              )}
              {reviews && allAccepted && (
                <button type="button" className="button" onClick={() => run({ kind: 'approve' }, 'Hela rapporten är godkänd.')}>
                  Godkänn hela rapporten
                </button>
              )}
            </div>
          )}
          {returning && (
            <ReturnForm
              busy={step.isPending}
              onCancel={() => setReturning(false)}
              onSubmit={(note) => run({ kind: 'return', area, note }, 'Området är återsänt med kommentaren.')}
            />
          )}
        </>
      )}
      {step.error && (
        <p className="field-error" role="alert">
          {step.error.message}
        </p>
      )}
      <p role="status" className="status-success-inline">
        {done}
      </p>
    </section>
  );
}
