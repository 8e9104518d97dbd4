// The shape of the knowledge evaluation's one table (sets.ts): each labelled set, how it is run, and the figures read
// from its report with their labels and targets. Everything else (the figures' keys, targets, the ratchet-only list,
// the printed rows, the ratchet check) is derived here from that table.

/** Every set's report by set name (a figure may read another set's: wrong speakers over a set and its held batch). */
export type SetReports = Readonly<Record<string, unknown>>;

/** One figure: a row of the printout and a key of ratchet.json. */
export interface FigureRow<R> {
  key: string;
  label: string;
  target: number;
  /** Held by the ratchet only: its target is printed, met or not, and does not fail the suite. */
  ratchetOnly?: boolean;
  /** A count where lower is better (wrong speakers, wrong keys): printed as a whole number, target `= t`. */
  lower?: boolean;
  /** A share printed as a percentage (else a ratio to 3 decimals). */
  percent?: boolean;
  read: (report: R, all: SetReports) => number;
}

/** What a kind of set prints below the rows, dumps with --dump and leaves unjudged (kinds.ts). */
export interface SetKind<R> {
  /** Where its detail lines print: kinds print in this order, sets of one kind in table order. */
  section: number;
  detail?: (name: string, report: R) => string[];
  /** Outputs no label judges (the unit test wants none). */
  unjudged?: (report: R) => unknown[];
  /** Files --dump writes: items of sets writing the same file are joined in table order. */
  dump?: (name: string, report: R) => Record<string, unknown[]>;
  /** Answer keys found wrong, printed at the end. */
  wrongKeys?: (report: R) => { stem: string; why: string }[];
}

/** One labelled set: its name (its key in the report), kind, how it runs and its figures. */
export interface EvalSet<R = unknown, C = unknown> {
  name: string;
  kind: SetKind<R>;
  run: (ctx: C) => R | Promise<R>;
  figures: FigureRow<R>[];
}

/** A set with its report type checked, stored untyped in the table. */
export function defineSet<R, C>(set: EvalSet<R, C>): EvalSet<unknown, C> {
  return set as unknown as EvalSet<unknown, C>;
}

/** The figures by key: every figure of the table, in table order. */
export type Figures = Record<string, number>;

export type AnyFigure = FigureRow<unknown>;

export const figureRows = (sets: readonly EvalSet<unknown, never>[]): AnyFigure[] => sets.flatMap((s) => s.figures);

/** Reads every figure from the sets' reports. */
export function readFigures(sets: readonly EvalSet<unknown, never>[], reports: SetReports): Figures {
  const figures: Figures = {};
  for (const s of sets) for (const f of s.figures) figures[f.key] = f.read(reports[s.name], reports);
  return figures;
}

/** Whether a figure meets its target. */
export const meets = (f: AnyFigure, value: number): boolean => (f.lower ? value <= f.target : value >= f.target);

/** A figure's value as its row prints it. */
export const formatFigure = (f: AnyFigure, v: number): string =>
  f.lower ? String(v) : f.percent ? `${(v * 100).toFixed(1)} %` : v.toFixed(3);

/** The printed row: met or not, label, value, target. */
export const figureLine = (f: AnyFigure, v: number): string =>
  `  ${meets(f, v) ? '✓' : '✗'} ${f.label.padEnd(36)} ${formatFigure(f, v).padStart(8)}   target ${f.lower ? '= ' + f.target : '≥ ' + formatFigure(f, f.target)}`;

/** The gated figures (not ratchet-only) that miss their target. */
export const missedTargets = (rows: readonly AnyFigure[], figures: Figures): string[] =>
  rows.filter((f) => !f.ratchetOnly && !meets(f, figures[f.key]!)).map((f) => f.key);

/** Figures below their committed best (ratchet.json); a figure with no best yet is not checked. */
export function belowRatchet(rows: readonly AnyFigure[], figures: Figures, best: Figures): string[] {
  return rows
    .filter((f) => best[f.key] !== undefined)
    .filter((f) => (f.lower ? figures[f.key]! > best[f.key]! : figures[f.key]! < best[f.key]! - 1e-9))
    .map((f) => f.key);
}

/** The best figures with this run's improvements recorded (`--ratchet`); keys keep their order, new ones go last. */
export function raiseRatchet(rows: readonly AnyFigure[], figures: Figures, best: Figures | null): Figures {
  const out: Figures = { ...(best ?? figures) };
  for (const f of rows) {
    const v = figures[f.key]!;
    if (out[f.key] === undefined || (f.lower ? v < out[f.key]! : v > out[f.key]!)) out[f.key] = v;
  }
  return out;
}

/** Options of a row: held by the ratchet only. */
export const RATCHET_ONLY = { ratchetOnly: true } as const;

type Read<R> = FigureRow<R>['read'];
type Options = Pick<AnyFigure, 'ratchetOnly'>;

/** A share printed to 3 decimals (precision, recall): higher is better. */
export const ratio = <R>(key: string, label: string, target: number, read: Read<R>, o?: Options): FigureRow<R> => ({
  key,
  label,
  target,
  read,
  ...o,
});

/** A share printed as a percentage: higher is better. */
export const percent = <R>(key: string, label: string, target: number, read: Read<R>, o?: Options): FigureRow<R> => ({
  ...ratio(key, label, target, read, o),
  percent: true,
});

/** A count of errors: lower is better. */
export const count = <R>(key: string, label: string, target: number, read: Read<R>, o?: Options): FigureRow<R> => ({
  ...ratio(key, label, target, read, o),
  lower: true,
});

/** A 金句 set's two rows: precision (target 0.9) and recall (target 0.7 unless given), labelled by `what`. */
export const quoteRows = (
  [precisionKey, recallKey]: [string, string],
  what: string,
  o?: Options,
  recallTarget = 0.7,
): FigureRow<{ precision: number; recall: number }>[] => [
  ratio(precisionKey, `金句 precision (${what})`, 0.9, (r) => r.precision, o),
  ratio(recallKey, `金句 recall (${what})`, recallTarget, (r) => r.recall, o),
];
