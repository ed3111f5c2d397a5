import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCommittee } from '../shared/committees.ts';
import { periodLabel } from '../shared/format.ts';
import { Layout } from '../shared/Layout.tsx';
import { budgetPath, dashboardPath, Link, type BudgetPage as Page } from '../shared/router.tsx';
import { Loading, QueryError } from '../shared/Status.tsx';
import { useDocumentTitle } from '../shared/useDocumentTitle.ts';
import { useHeadingFocus } from '../shared/useHeadingFocus.ts';
import { budgetQuery } from './api.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { DecisionList } from './DecisionList.tsx';
import { InvestmentsPanel } from './InvestmentsPanel.tsx';
import { PeriodizationPanel } from './PeriodizationPanel.tsx';
import { RevisedBudget } from './RevisedBudget.tsx';
import '../shared/forms.css';
import '../dashboard/dashboard.css';
import './budget.css';

const PAGES: { page: Page; label: string; title: string }[] = [
  { page: 'beslut', label: 'Beslut och reviderad budget', title: 'Budgetbeslut' },
  { page: 'periodisering', label: 'Periodisering', title: 'Periodisering av budgeten' },
  { page: 'investeringar', label: 'Investeringar', title: 'Investeringsprojekt' },
];

/** /:committee/:period/budget[/periodisering|/investeringar]: the year's budget decisions, periodization and investments. */
export function BudgetPage({ committee, period, page }: { committee: string; period: string; page: Page }) {
  const [message, setMessage] = useState('');
  const budget = useQuery(budgetQuery(committee, period));
  const { summary } = useCommittee(committee);
  const name = summary?.name ?? committee;
  const current = PAGES.find((p) => p.page === page) ?? PAGES[0];
  const title = current?.title ?? 'Budget';
  useDocumentTitle(`${title}, ${name}, ${periodLabel(period)}`);
  const heading = useHeadingFocus<HTMLHeadingElement>(true, `budget/${committee}/${page}`);
  const data = budget.isError ? undefined : budget.data;

  return (
    <Layout
      crumbs={[{ label: 'Nämnder', to: '/' }, { label: name, to: dashboardPath(committee, period) }, { label: title }]}
      footer="Belopp i tusen kronor (tkr). Ett beslut anges som ökningen av budgetraden: en intäkt eller kostnad som ökar är positiv."
    >
      <div className="page-head">
        <div>
          <p className="eyebrow">
            {name}, räkenskapsåret {data?.fiscalYear ?? period.slice(0, 4)}
          </p>
          <h1 ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p className="lead">Reviderad budget = ursprunglig budget + årets beslut till och med {periodLabel(period)}.</p>
        </div>
        <Link className="button" to={dashboardPath(committee, period)}>
          Till översikten
        </Link>
      </div>
      <nav className="sub-nav" aria-label="Budget">
        <ul>
          {PAGES.map((p) => (
            <li key={p.page}>
              <Link to={budgetPath(committee, period, p.page)} aria-current={p.page === page ? 'page' : undefined}>
                {p.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="status-message" role="status">
        {message}
      </p>
      <QueryError title="Budgeten kunde inte hämtas." query={budget} />
      {budget.isPending && <Loading text="Hämtar budgeten …" />}
      {data && page === 'beslut' && (
        <div aria-busy={budget.isFetching}>
          <DecisionList committee={committee} overview={data} onDone={setMessage} />
          <DecisionForm committee={committee} overview={data} onDone={setMessage} />
          <RevisedBudget overview={data} />
        </div>
      )}
      {data && page === 'periodisering' && <PeriodizationPanel committee={committee} overview={data} onDone={setMessage} />}
      {page === 'investeringar' && <InvestmentsPanel committee={committee} period={period} onDone={setMessage} />}
    </Layout>
  );
}
