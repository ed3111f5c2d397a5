/**
 * The layering of the code base (README, "Layout"), checked by `npm run lint:deps` as part of
 * `npm test`. Type-only imports count: a type from the wrong layer couples as much as a value.
 * Data flows one way: ledger file → rows → store → figures → report model → renderer.
 */
const notTest = '(\\.test\\.tsx?|/fixtures/.*)$';

/** A rule that `from` (a folder) may import nothing under `to` (a regex of paths). */
const forbid = (name, comment, from, to, extra = {}) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, ...extra },
  to: { path: to },
});

module.exports = {
  forbidden: [
    forbid('core-is-pure', 'src/core is the pure domain: it imports nothing else of the project', '^src/core/', '^(src/(?!core/)|web/|test/|bench/)'),
    {
      name: 'core-has-no-io',
      comment: 'src/core does no I/O: no Node built-ins',
      severity: 'error',
      from: { path: '^src/core/', pathNot: notTest },
      to: { dependencyTypes: ['core'] },
    },
    forbid('ledger-only-core', 'src/ledger reads formats into rows: it may use src/core only', '^src/ledger/', '^(src/(?!core/|ledger/)|web/|bench/)', {
      pathNot: notTest,
    }),
    forbid('contract-only-core', 'the HTTP contract (src/contract) is zod schemas over src/core', '^src/contract/', '^(src/(?!core/|contract/)|web/|test/|bench/)'),
    forbid('store-below-app', 'src/store knows the database, not the use cases, routes or formats', '^src/store/', '^src/(app|server|cli|report|ledger|contract)/'),
    forbid('report-no-io', 'the report model and renderers take figures, not the database or the server', '^src/report/', '^src/(store|app|server|cli|ledger)/'),
    forbid('app-below-edges', 'use cases (src/app) do not know the HTTP server or the CLI', '^src/app/', '^src/(server|cli)/'),
    forbid('server-through-app', 'routes validate and call src/app; they never reach the store', '^src/server/', '^src/store/', { pathNot: notTest }),
    forbid('cli-through-app', 'the CLI is a thin wrapper over src/app', '^src/cli/', '^src/store/', { pathNot: notTest }),
    forbid('web-through-contract', 'the web app knows the API by its contract (src/contract), not the server, store or use cases', '^web/', '^(src/(server|store|app|ledger|cli)/|test/|bench/)'),
    forbid('src-not-test', 'production code never imports test code', '^src/', '^test/', { pathNot: notTest }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
