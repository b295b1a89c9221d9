/**
 * What a bench run produces: sections of the readable table, the JSON written to
 * bench/results.json, budgets, and the parts skipped with their reasons.
 */
/** `atLeast`: the value must reach the limit (a speed-up) instead of staying under it. */
export type Budget = { name: string; limit: number; value: number | null; unit: string; pass: boolean; atLeast?: boolean; note?: string };

export type Table = { title: string; header: string[]; rows: (string | number)[][] };

export class Report {
  readonly results: Record<string, unknown> = {};
  readonly budgets: Budget[] = [];
  readonly skipped: { what: string; reason: string }[] = [];
  private readonly tables: Table[] = [];

  table(table: Table): void {
    this.tables.push(table);
    printTable(table);
  }

  skip(what: string, reason: string): void {
    this.skipped.push({ what, reason });
    console.log(`skipped: ${what}: ${reason}`);
  }

  /**
   * A budget `value` must stay at or under `limit` (strictly under with `strict`, at or above with
   * `atLeast`). A value that could not be measured counts as missed: the run cannot vouch for it.
   */
  budget(
    name: string,
    limit: number,
    value: number | null,
    unit: string,
    options: { strict?: boolean; atLeast?: boolean; note?: string } = {},
  ): void {
    const within = (v: number) => (options.atLeast ? v >= limit : options.strict ? v < limit : v <= limit);
    const pass = value !== null && Number.isFinite(value) && within(value);
    this.budgets.push({
      name,
      limit,
      value: value === null ? null : round(value),
      unit,
      pass,
      ...(options.atLeast ? { atLeast: true } : {}),
      ...(options.note ? { note: options.note } : {}),
    });
  }

  printBudgets(): void {
    console.log('\nBudgets');
    for (const budget of this.budgets) {
      const value = budget.value === null ? 'not measured' : `${budget.value} ${budget.unit}`;
      const note = budget.note ? `  (${budget.note})` : '';
      console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name}: ${value} (limit ${budget.atLeast ? '≥ ' : ''}${budget.limit} ${budget.unit})${note}`);
    }
    const missed = this.budgets.filter((budget) => !budget.pass);
    console.log(missed.length === 0 ? '\nAll budgets met.' : `\n${missed.length} budget(s) missed: ${missed.map((b) => b.name).join('; ')}`);
  }
}

/** Milliseconds and ratios to two decimals in the JSON; enough for what a run's noise allows. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function fmt(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
}

function printTable({ title, header, rows }: Table): void {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of cells.slice(1)) console.log(line(row));
}
