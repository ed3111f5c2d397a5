/** The database as the server and the CLI see it: opened here, passed to the use cases. */

export { readDataVersion } from '#store/data-version.ts';
export { type Db, openDatabase } from '#store/db.ts';
export { ImportBusyError } from '#store/imports.ts';
export { MigrationError } from '#store/migrations.ts';
