import type { ReactNode } from 'react';
import { mayIn, useSession } from '../session/session-context.ts';
import { UserMenu } from '../session/UserMenu.tsx';
import { versionsPath } from '../versions/routes.ts';
import {
  adminUsersPath,
  auditPath,
  budgetPath,
  cyclePath,
  forecastGridPath,
  importPath,
  itemsPath,
  kpisPath,
  Link,
  mappingPath,
  parseRoute,
  templatePath,
  textsPath,
  todoPath,
  usePathname,
} from './router.tsx';

export interface Crumb {
  label: string;
  to?: string;
}

/** The main menu: the committees, import, and the mapping and the period's input pages of the committee in view. */
function MainNav() {
  const route = parseRoute(usePathname());
  const committee = 'committee' in route ? route.committee : null;
  const session = useSession();
  // What the signed-in person may open: the controller's pages only for those who may write.
  const writes = committee
    ? mayIn(session, committee, 'write')
    : Boolean(session?.user.admin || session?.roles.some((r) => r.role === 'controller'));
  const reads = committee ? mayIn(session, committee, 'read') : true;
  const items = [
    { to: '/', label: 'Nämnder', current: route.view === 'home' },
    ...(writes ? [{ to: importPath(committee ?? undefined), label: 'Importera', current: route.view === 'import' }] : []),
    { to: todoPath, label: 'Att göra', current: route.view === 'todo' },
    ...(committee && writes ? [{ to: mappingPath(committee), label: 'Mappning', current: route.view === 'mapping' }] : []),
    ...(committee && writes ? [{ to: templatePath(committee), label: 'Rapportmall', current: route.view === 'template' }] : []),
    ...(committee && 'period' in route && reads
      ? [
          { to: textsPath(committee, route.period), label: 'Texter', current: route.view === 'texts' },
          { to: forecastGridPath(committee, route.period), label: 'Prognoser', current: route.view === 'forecast-grid' },
          ...(writes
            ? [
                { to: budgetPath(committee, route.period), label: 'Budget', current: route.view === 'budget' },
                { to: itemsPath(committee, route.period), label: 'Poster', current: route.view === 'items' },
              ]
            : []),
          { to: kpisPath(committee, route.period), label: 'Nyckeltal', current: route.view === 'kpis' },
          { to: cyclePath(committee, route.period), label: 'Granskning', current: route.view === 'cycle' },
          {
            to: versionsPath(committee, route.period),
            label: 'Versioner',
            current: route.view === 'versions' || route.view === 'version-diff',
          },
        ]
      : []),
    ...(committee && mayIn(session, committee, 'write')
      ? [{ to: auditPath(committee), label: 'Ändringslogg', current: route.view === 'audit' }]
      : []),
    ...(session?.user.admin ? [{ to: adminUsersPath, label: 'Användare', current: route.view === 'admin-users' }] : []),
  ];
  return (
    <nav className="main-nav" aria-label="Huvudmeny">
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <Link to={item.to} aria-current={item.current ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The page frame: skip link, banner with the main menu, breadcrumbs, main and footer landmarks. */
export function Layout({
  crumbs,
  children,
  footer,
  menu = true,
}: {
  crumbs?: Crumb[];
  children: ReactNode;
  footer?: string;
  /** The main menu and the user menu (not on the sign-in page). */
  menu?: boolean;
}) {
  return (
    <>
      <a className="skip-link" href="#huvudinnehall">
        Hoppa till huvudinnehållet
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ▤
            </span>
            Uppföljning
          </Link>
          <span className="brand-tagline">Nämndernas ekonomi månad för månad</span>
          {menu && <MainNav />}
          {menu && <UserMenu />}
        </div>
      </header>
      {crumbs && crumbs.length > 0 && (
        <nav className="breadcrumbs" aria-label="Du är här">
          <ol>
            {crumbs.map((crumb, i) => (
              <li key={crumb.label}>
                {crumb.to && i < crumbs.length - 1 ? (
                  <Link to={crumb.to}>{crumb.label}</Link>
                ) : (
                  <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <main id="huvudinnehall" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{footer ?? 'Belopp i miljoner kronor (mnkr). Positiv avvikelse betyder bättre än budget.'}</p>
      </footer>
    </>
  );
}
