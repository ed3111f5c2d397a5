import type { ReactNode } from 'react';
import { Link } from './router.tsx';

export interface Crumb {
  label: string;
  to?: string;
}

/** The page frame: skip link, banner, breadcrumbs, main and footer landmarks. */
export function Layout({ crumbs, children }: { crumbs?: Crumb[]; children: ReactNode }) {
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
        <p>Belopp i miljoner kronor (mnkr). Positiv avvikelse betyder bättre än budget.</p>
      </footer>
    </>
  );
}
