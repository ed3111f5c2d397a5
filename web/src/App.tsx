import { Dashboard } from './dashboard/Dashboard.tsx';
import { CommitteeRedirect, Home } from './home/Home.tsx';
import { NotFound } from './home/NotFound.tsx';
import { ReportView } from './report/ReportView.tsx';
import { parseRoute, usePathname } from './shared/router.tsx';

export function App() {
  const route = parseRoute(usePathname());
  switch (route.view) {
    case 'home':
      return <Home />;
    case 'committee':
      return <CommitteeRedirect committee={route.committee} />;
    case 'dashboard':
      return <Dashboard committee={route.committee} period={route.period} />;
    case 'report':
      return <ReportView committee={route.committee} period={route.period} />;
    case 'not-found':
      return <NotFound />;
  }
}
