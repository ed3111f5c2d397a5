/** /att-gora: what the signed-in person still has to do in the cycle, over every committee and period they work in. */
import { useQuery } from '@tanstack/react-query';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { areaPath, cyclePath, Link } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { todoQuery } from './api.ts';
import { StateBadge } from './StateBadge.tsx';
import type { TodoItem } from './types.ts';
import './cycle.css';

const where = (i: TodoItem) =>
  i.areaId ? `${areaPath(i.committeeId, i.period, i.areaId)}#granskning` : cyclePath(i.committeeId, i.period);

export function TodoPage() {
  const todo = useQuery(todoQuery());
  useDocumentTitle('Att göra');
  const heading = useHeadingFocus<HTMLHeadingElement>(!todo.isPending, 'todo');
  const items = todo.data?.items ?? [];
  return (
    <Layout crumbs={[{ label: 'Nämnder', to: '/' }, { label: 'Att göra' }]} footer="Sen: tidsgränsen har passerat.">
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Att göra
          </h1>
          <p className="lead">
            Det du har kvar i månadens uppföljning: texter att skriva och markera klara, områden att granska, rapporter att godkänna.
          </p>
        </div>
      </div>
      {todo.isPending && <Loading text="Hämtar din lista …" />}
      <QueryError title="Listan kunde inte hämtas." query={todo} />
      {todo.data && items.length === 0 && <p>Du har inget kvar att göra just nu.</p>}
      {items.length > 0 && (
        <ul className="todo-list">
          {items.map((i) => (
            <li key={`${i.committeeId}/${i.period}/${i.areaId ?? ''}/${i.action}`}>
              <p>
                <Link to={where(i)}>{i.text}</Link>
              </p>
              <p className="hint">
                {i.committeeName}, {periodLabel(i.period)}
                {i.deadline && `, senast ${i.deadline}`} {i.late && <StateBadge state="late" label="Sen" />}
              </p>
              {i.note && i.action === 'fix' && (
                <p className="cycle-note">
                  <strong>Controllerns kommentar:</strong> {i.note}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
