/**
 * Migrations bring an older `.bodo` file up to the version this build writes. Each entry takes
 * the parsed file at version `from` and returns it at version `from + 1`; `load.ts` chains
 * them. Version 1 is the first, so the table is empty: a change to the envelope or the editor
 * schema that old files cannot satisfy bumps DOCUMENT_VERSION and adds one entry here.
 */
export type Migration = {
  from: number;
  migrate: (file: Record<string, unknown>) => Record<string, unknown>;
};

export const MIGRATIONS: readonly Migration[] = [];
