import { AdminUsersPage } from './admin/AdminUsersPage.tsx';
import { AuditPage } from './audit/AuditPage.tsx';
import { BudgetPage } from './budget/BudgetPage.tsx';
import { CyclePage } from './cycle/CyclePage.tsx';
import { TodoPage } from './cycle/TodoPage.tsx';
import { Dashboard } from './dashboard/Dashboard.tsx';
import { AccountPage } from './drilldown/AccountPage.tsx';
import { AreaDrillPage } from './drilldown/AreaDrillPage.tsx';
import { AccuracyPage } from './forecast/AccuracyPage.tsx';
import { ForecastGridPage } from './forecast/ForecastGridPage.tsx';
import { CommitteeRedirect, Home } from './home/Home.tsx';
import { NotFound } from './home/NotFound.tsx';
import { ImportPage } from './import/ImportPage.tsx';
import { ItemsPage } from './items/ItemsPage.tsx';
import { KpiPage } from './kpi/KpiPage.tsx';
import { MappingPage } from './mapping/MappingPage.tsx';
import { ReportView } from './report/ReportView.tsx';
import { parseRoute, usePathname } from './shared/router.tsx';
import { TemplatePage } from './template/TemplatePage.tsx';
import { TextsPage } from './texts/TextsPage.tsx';
import { VersionDiffPage } from './versions/VersionDiffPage.tsx';
import { VersionsPage } from './versions/VersionsPage.tsx';

export function App() {
  const route = parseRoute(usePathname());
  switch (route.view) {
    case 'home':
      return <Home />;
    case 'import':
      return <ImportPage />;
    case 'admin-users':
      return <AdminUsersPage />;
    case 'committee':
      return <CommitteeRedirect committee={route.committee} />;
    case 'mapping':
      return <MappingPage committee={route.committee} />;
    case 'template':
      return <TemplatePage key={route.committee} committee={route.committee} />;
    case 'audit':
      return <AuditPage key={route.committee} committee={route.committee} />;
    case 'dashboard':
      return <Dashboard committee={route.committee} period={route.period} version={'version' in route ? route.version : undefined} />;
    case 'report':
      return <ReportView committee={route.committee} period={route.period} />;
    case 'texts':
      return <TextsPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'items':
      return <ItemsPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'kpis':
      return <KpiPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'area':
      return (
        <AreaDrillPage
          key={`${route.committee}/${route.period}/${route.area}`}
          committee={route.committee}
          period={route.period}
          area={route.area}
        />
      );
    case 'account':
      return (
        <AccountPage
          key={`${route.committee}/${route.period}/${route.area}/${route.account}`}
          committee={route.committee}
          period={route.period}
          area={route.area}
          account={route.account}
        />
      );
    case 'forecast-grid':
      return <ForecastGridPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'forecast-accuracy':
      return <AccuracyPage key={`${route.committee}/${route.year}`} committee={route.committee} year={route.year} />;
    case 'budget':
      return <BudgetPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} page={route.page} />;
    case 'cycle':
      return <CyclePage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'todo':
      return <TodoPage />;
    case 'versions':
      return <VersionsPage key={`${route.committee}/${route.period}`} committee={route.committee} period={route.period} />;
    case 'version-diff':
      return <VersionDiffPage committee={route.committee} period={route.period} from={route.from} to={route.to} />;
    case 'not-found':
      return <NotFound />;
  }
}
