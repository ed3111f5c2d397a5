/**
 * /:committee/:period/granskning: the controller's overview of the period's cycle. Every area with
 * its state, deadline and who changed it last, filtered by "Saknas", "Sen" or "Återsänd"; opening
 * the period with its deadlines, approving the whole report, reopening it, and reminders.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { matchesFilter, OVERVIEW_FILTERS } from '#core/cycle.ts';
import { mayIn, useSession } from '../session/session-context.ts';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { PeriodInputPage } from '../shared/PeriodInputPage.tsx';
import { cycleQuery, FILTER_LABELS, sendReminders, useCycleStep } from './api.ts';
import { CycleTable } from './CycleTable.tsx';
import { OpenForm } from './OpenForm.tsx';
import { StateBadge } from './StateBadge.tsx';
import type { OverviewFilterName, ReminderResult } from './types.ts';
import '../dashboard/dashboard.css';
import './cycle.css';

/** The default deadlines: the areas on the 7th, the whole on the 10th of the month after the period. */
function defaultDeadlines(period: string) {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { areaDeadline: `${next}-07`, deadline: `${next}-10` };
}

export function CyclePage({ committee, period }: { committee: string; period: string }) {
  const state = useQuery(cycleQuery(committee, period));
  const { summary } = useCommittee(committee);
  const step = useCycleStep(committee, period);
  const [filter, setFilter] = useState<OverviewFilterName | null>(null);
  const [message, setMessage] = useState('');
  const [editing, setEditing] = useState(false);
  const [reminders, setReminders] = useState<ReminderResult | null>(null);
  const [reminderError, setReminderError] = useState<string | null>(null);
  const data = state.data;
  const controls = mayIn(useSession(), committee, 'write');
  const run = (s: Parameters<typeof step.mutate>[0], done: string) => {
    setMessage('');
    step.mutate(s, {
      onSuccess: () => {
        setMessage(done);
        setEditing(false);
      },
    });
  };
  const remind = async () => {
    setReminderError(null);
    try {
      setReminders(await sendReminders(committee));
    } catch (e) {
      setReminderError((e as Error).message);
    }
  };
  const shown = data ? (filter ? data.areas.filter((a) => matchesFilter(a, filter)) : data.areas) : [];
  const allAccepted = data !== undefined && data.areas.length > 0 && data.counts.accepted === data.areas.length;
  return (
    <PeriodInputPage
      committee={committee}
      period={period}
      name={summary?.name ?? committee}
      title="Granskning"
      lead="Varje områdes tillstånd, tidsgräns och senaste ändring. Områdescheferna markerar sina områden klara; du godkänner eller återsänder dem och godkänner sedan hela rapporten."
      footer="Sen: tidsgränsen har passerat och området är varken klart eller godkänt."
      query={state}
      loading="Hämtar granskningen …"
      failed="Granskningen kunde inte hämtas."
      message={message}
    >
      {data && !data.opened && !controls && <p>{periodLabel(period)} är inte öppnad för granskning än.</p>}
      {data && !data.opened && controls && (
        <section aria-labelledby="cycle-open-heading">
          <h2 id="cycle-open-heading">Öppna perioden</h2>
          <p>{periodLabel(period)} är inte öppnad. Öppna den med tidsgränser, så kan områdescheferna markera sina områden klara.</p>
          <OpenForm
            initial={defaultDeadlines(period)}
            submitLabel="Öppna perioden"
            busy={step.isPending}
            onSubmit={(body) => run({ kind: 'open', body }, 'Perioden är öppnad.')}
          />
        </section>
      )}
      {data?.opened && (
        <>
          <section aria-labelledby="cycle-whole-heading">
            <h2 id="cycle-whole-heading">Hela rapporten</h2>
            <p>
              <StateBadge state={data.state ?? 'open'} label={data.stateLabel} late={data.late} /> Tidsgräns {data.deadline}.{' '}
              {data.counts.accepted} av {data.counts.areas} områden godkända.
              {data.publishedVersion !== null && ` Senast publicerad: version ${data.publishedVersion}.`}
            </p>
            {controls && (
              <div className="cycle-actions">
                {data.state === 'open' && allAccepted && (
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => run({ kind: 'approve' }, 'Hela rapporten är godkänd.')}
                  >
                    Godkänn hela rapporten
                  </button>
                )}
                {data.state === 'open' && !editing && (
                  <button type="button" className="button" onClick={() => setEditing(true)}>
                    Ändra tidsgränser
                  </button>
                )}
                {(data.state === 'approved' || data.state === 'published') && (
                  <button type="button" className="button" onClick={() => run({ kind: 'reopen' }, 'Perioden är öppen igen.')}>
                    Öppna perioden igen
                  </button>
                )}
                <button type="button" className="button" onClick={() => void remind()}>
                  Skicka påminnelser
                </button>
              </div>
            )}
            {editing && data.deadline && (
              <OpenForm
                initial={{ deadline: data.deadline, areaDeadline: data.areas[0]?.deadline ?? data.deadline }}
                submitLabel="Spara tidsgränserna"
                busy={step.isPending}
                onSubmit={(body) => run({ kind: 'open', body }, 'Tidsgränserna är ändrade.')}
              />
            )}
            {reminderError && (
              <p className="field-error" role="alert">
                {reminderError}
              </p>
            )}
            {reminders && (
              <div role="status">
                <p>
                  {reminders.smtp
                    ? `Påminnelser skickade: ${reminders.people.filter((p) => p.sent).length}.`
                    : 'E-post är inte inställd: ingen påminnelse skickades. Var och en ser sin lista under "Att göra".'}
                </p>
                <ul>
                  {reminders.people
                    .filter((p) => p.items > 0)
                    .map((p) => (
                      <li key={p.username}>
                        {p.username}: {p.items} att göra
                        {p.sent ? `, skickat till ${p.email}` : p.reason ? `, ${p.reason.toLowerCase()}` : ''}
                      </li>
                    ))}
                </ul>
              </div>
            )}
          </section>
          <section aria-labelledby="cycle-areas-heading">
            <h2 id="cycle-areas-heading">Områden</h2>
            <fieldset className="cycle-filters">
              <legend>Visa</legend>
              {[null, ...OVERVIEW_FILTERS].map((f) => (
                <label key={f ?? 'alla'} className="field-check">
                  <input type="radio" name="cycle-filter" checked={filter === f} onChange={() => setFilter(f)} />{' '}
                  {f ? `${FILTER_LABELS[f]} (${data.counts[f]})` : `Alla (${data.counts.areas})`}
                </label>
              ))}
            </fieldset>
            {shown.length === 0 ? (
              <p>Inga områden matchar filtret.</p>
            ) : (
              <CycleTable
                committee={committee}
                period={period}
                areas={shown}
                warnings={(id) => {
                  const list = shown.find((a) => a.id === id)?.warnings ?? [];
                  return list.length === 0 ? (
                    '–'
                  ) : (
                    <ul className="cycle-warnings">
                      {list.map((w) => (
                        <li key={`${w.kind}-${w.message}`}>{w.message}</li>
                      ))}
                    </ul>
                  );
                }}
                caption={`${filter ? FILTER_LABELS[filter] : 'Alla områden'}, ${periodLabel(period)}`}
              />
            )}
          </section>
        </>
      )}
      {step.error && (
        <p className="field-error" role="alert">
          {step.error.message}
        </p>
      )}
    </PeriodInputPage>
  );
}
