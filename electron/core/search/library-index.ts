// The searchable library: metadata columns of bundled and imported documents (the user's edits
// applied) bound to the index segments holding their text. Global document numbers: the bundle's
// documents first, in index order, then the user's. Rebuilt only when the change counters or the
// user's segments change; a search otherwise just reads the counters.
import type Database from 'better-sqlite3';
import { foldForSearch } from '../text/normalize.js';
import { dateKey, dateOfKey, Dictionary, type MultiColumn } from './columns.js';
import { concatMeta, findId, type MetaColumns } from './meta-columns.js';
import { readCounters, readDocTags, readOverrides } from './meta-source.js';
import type { SegmentRef } from './postings.js';
import { DocScratch } from './doc-scratch.js';
import { TextCache } from './text-cache.js';
import { changeStamp, quickStamp } from './library-stamp.js';
import { loadBundle, refreshUser, segmentsKey, type BundlePart, type UserPart } from './library-parts.js';

export interface SegmentView extends SegmentRef {
  /** Local document → global number, -1 when deleted or re-indexed in a newer segment. */
  toGlobal: Int32Array;
  /** Local documents whose title changed since indexing → folded current title. */
  renamed: Map<number, string>;
  /** Local document → its rowid in the documents table (bundle segments that store them). */
  rowids: Int32Array | undefined;
}

export interface TagColumn {
  names: string[];
  folded: string[];
  docs: MultiColumn;
}

export class LibraryIndex {
  readonly n: number;
  readonly nBundle: number;
  readonly meta: MetaColumns;
  readonly alive: Uint8Array;
  readonly len: Int32Array;
  readonly avgLen: number;
  readonly segments: SegmentView[] = [];
  readonly titleOverride = new Map<number, string>();
  readonly dateOverride = new Map<number, string | null>();
  readonly speakerOverride = new Map<number, number[]>();
  readonly tags: TagColumn;
  /** Paragraph text of recent results, for snippets (dropped with this index on any change). */
  readonly texts = new TextCache();
  /** User documents not in any segment yet (to be indexed by the caller). */
  readonly unindexed: string[] = [];
  private typeCodes: Dictionary;
  /** Per user document: its segment view (index into segments) and local number, -1 if none. */
  private userView = new Int32Array(0);
  private userLocal = new Int32Array(0);

  constructor(
    readonly bundle: BundlePart,
    readonly user: UserPart,
    userDb: Database.Database,
  ) {
    // Small steps, each its own function: one constructor holding every loop was one large
    // optimising compile, started in the import and finished during the search after it.
    this.nBundle = bundle.meta.n;
    // A new object (concatMeta): overrides replace its arrays, never the cached parts' arrays.
    this.meta = concatMeta(bundle.meta, user.meta);
    this.n = this.meta.n;
    this.alive = new Uint8Array(this.n);
    this.len = new Int32Array(this.n);
    this.len.set(bundle.lens);
    this.typeCodes = new Dictionary(this.meta.types);
    const speakerNames = new Dictionary(this.meta.speakerNames);
    this.alive.fill(1, 0, this.nBundle);
    for (const view of bundleViews(bundle)) this.segments.push(view);
    this.bindUser(userDb);
    const deleted = this.applyOverrides(readOverrides(userDb), speakerNames);
    this.meta.speakerNames = speakerNames.values;
    this.meta.types = this.typeCodes.values;
    this.avgLen = this.averageLength(deleted);
    this.tags = this.loadTags(userDb);
  }

  private bindUser(userDb: Database.Database): void {
    const { user, nBundle } = this;
    const boundSeg = (this.userView = new Int32Array(user.meta.n).fill(-1));
    const boundLocal = (this.userLocal = new Int32Array(user.meta.n));
    for (const s of user.segs) {
      const ids = s.cols.strings('ids');
      const titles = s.cols.strings('titles');
      const view: SegmentView = {
        db: userDb,
        schema: 'main',
        seg: s.seg,
        toGlobal: new Int32Array(s.docs).fill(-1),
        renamed: new Map(),
        rowids: undefined,
      };
      for (let local = 0; local < s.docs; local++) {
        const u = user.index.get(ids.get(local));
        if (u === undefined) continue;
        if (boundSeg[u]! >= 0) this.segments[boundSeg[u]!]!.toGlobal[boundLocal[u]!] = -1;
        boundSeg[u] = this.segments.length;
        boundLocal[u] = local;
        view.toGlobal[local] = nBundle + u;
        this.len[nBundle + u] = s.cols.typed('lens', 'i32')[local]!;
        const title = user.meta.titles.get(u);
        if (title !== titles.get(local)) view.renamed.set(local, foldForSearch(title));
      }
      this.segments.push(view);
    }
    for (let u = 0; u < user.meta.n; u++) {
      if (boundSeg[u]! >= 0) this.alive[nBundle + u] = 1;
      else this.unindexed.push(user.meta.ids.get(u));
    }
  }

  /** Mean length of the live documents (1 when there are none): the bundle's total less its
   * deleted documents, plus the user's live ones. */
  private averageLength(deleted: number[]): number {
    let total = this.bundle.lenTotal;
    let count = this.nBundle;
    for (const g of deleted) {
      total -= this.len[g]!;
      count--;
    }
    for (let g = this.nBundle; g < this.n; g++)
      if (this.alive[g]) {
        total += this.len[g]!;
        count++;
      }
    return count ? total / count : 1;
  }

  /** The user's edits of bundled documents: renames, types, dates, speakers, deletions. Returns
   * the deleted documents. */
  private applyOverrides(over: ReturnType<typeof readOverrides>, speakerNames: Dictionary): number[] {
    const deleted: number[] = [];
    if (over.size === 0) return deleted;
    const m = this.meta;
    m.type = m.type.slice();
    m.dateKey = m.dateKey.slice();
    m.year = m.year.slice();
    for (const [id, o] of over) {
      const g = findId(this.bundle.meta.ids, this.bundle.idOrder, id);
      if (g < 0) continue;
      if (o.deleted && this.alive[g]) {
        this.alive[g] = 0;
        deleted.push(g);
      }
      if (o.title && o.title !== m.titles.get(g)) {
        this.titleOverride.set(g, o.title);
        const { view, local } = this.locate(g);
        view.renamed.set(local, foldForSearch(o.title));
      }
      if (o.type) m.type[g] = this.typeCodes.code(o.type);
      if (o.date !== undefined) {
        this.dateOverride.set(g, o.date);
        m.dateKey[g] = dateKey(o.date);
        m.year[g] = o.date && /^\d{4}/.test(o.date) ? Number(o.date.slice(0, 4)) : 0;
      }
      if (o.speakers)
        this.speakerOverride.set(
          g,
          o.speakers.map((n) => speakerNames.code(n)),
        );
    }
    return deleted;
  }

  /** The segment and local number holding a document's text. */
  locate(g: number): { view: SegmentView; local: number } {
    if (g >= this.nBundle) {
      const u = g - this.nBundle;
      return { view: this.segments[this.userView[u]!]!, local: this.userLocal[u]! };
    }
    const { segs } = this.bundle;
    for (let i = 0, base = 0; i < segs.length; base += segs[i++]!.docs)
      if (g < base + segs[i]!.docs) return { view: this.segments[i]!, local: g - base };
    throw new Error(`document ${g} is not in the bundle`);
  }

  private bytes = new Map<string, Uint8Array>();
  private perDoc: DocScratch | null = null;
  /** A zeroed per-document byte array, reused by every query on this index (queries are synchronous). */
  scratch(name: string): Uint8Array {
    let a = this.bytes.get(name);
    if (!a) this.bytes.set(name, (a = new Uint8Array(this.n)));
    else a.fill(0);
    return a;
  }
  /** Zeroed per-document scores and clause counts, reused likewise. */
  docScratch(): DocScratch {
    return (this.perDoc ??= new DocScratch(this.n)).reset();
  }

  /** Global number of a document id, or -1. */
  indexOf(id: string): number {
    const u = this.user.index.get(id);
    if (u !== undefined) return this.nBundle + u;
    return findId(this.bundle.meta.ids, this.bundle.idOrder, id);
  }

  /** As indexOf, with the document's rowid in the bundle when the caller has it: found without
   * reading the bundle's ids (for many tagged documents, that read was most of loading). */
  private indexOfRow(id: string, rowid: number | null): number {
    const { rowToG } = this.bundle;
    if (rowid === null || !rowToG || this.user.index.has(id)) return this.indexOf(id);
    return rowToG[rowid] ?? -1;
  }

  private loadTags(userDb: Database.Database): TagColumn {
    const names = new Dictionary();
    const pairs: [number, number][] = [];
    for (const [docId, name, rowid] of readDocTags(userDb)) {
      const g = this.indexOfRow(docId, rowid);
      if (g >= 0) pairs.push([g, names.code(name)]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const offsets = new Int32Array(this.n + 1);
    for (const [g] of pairs) offsets[g + 1]!++;
    for (let g = 0; g < this.n; g++) offsets[g + 1]! += offsets[g]!;
    const docs = { offsets, codes: Int32Array.from(pairs, (p) => p[1]) };
    return { names: names.values, folded: names.values.map(foldForSearch), docs };
  }

  docId(g: number): string {
    return this.meta.ids.get(g);
  }
  title(g: number): string {
    return this.titleOverride.get(g) ?? this.meta.titles.get(g);
  }
  date(g: number): string | null {
    if (this.dateOverride.has(g)) return this.dateOverride.get(g)!;
    return this.meta.dateExceptions.get(g) ?? dateOfKey(this.meta.dateKey[g]!);
  }
  type(g: number): string {
    return this.meta.types[this.meta.type[g]!]!;
  }
  source(g: number): string | null {
    const c = this.meta.source[g]!;
    return c < 0 ? null : this.meta.sources[c]!;
  }
  /** Whether the document is one the user imported (main.documents). */
  isUser(g: number): boolean {
    return g >= this.nBundle;
  }
}

/** The bundle's segments as views (new ones: renames are per library index). */
function bundleViews(bundle: BundlePart): SegmentView[] {
  return bundle.segs.map((s, i) => {
    const rowids = s.cols.has('meta.rowids') ? s.cols.typed('meta.rowids', 'i32') : undefined;
    return { db: bundle.db!, schema: 'bundle', seg: s.seg, toGlobal: bundle.toGlobal[i]!, renamed: new Map(), rowids };
  });
}

interface Cached {
  bundle: BundlePart;
  user: UserPart;
  lib: LibraryIndex;
  /** The change counters and the user's segments when it was built (changeStamp). */
  stamp: string;
  /** This connection's row changes and the file's data version when `stamp` was last read
   * outside a transaction (quickStamp), or null. */
  quick: string | null;
}

const cache = new WeakMap<Database.Database, Cached>();
const bundles = new WeakMap<Database.Database, BundlePart>();

/** Whether this process has built the library index of this user database (a search ran). */
export function hasLibraryIndex(userDb: Database.Database): boolean {
  return cache.has(userDb);
}

/** The library index for this bundle and user database, refreshed when something changed. */
export function libraryIndex(bundleDb: Database.Database | null, userDb: Database.Database): LibraryIndex {
  const hit = cache.get(userDb);
  const quick = quickStamp(userDb);
  if (hit && hit.bundle.db === bundleDb && quick !== null && hit.quick === quick) return hit.lib;
  const stamp = changeStamp(userDb);
  if (hit && hit.bundle.db === bundleDb && hit.stamp === stamp) {
    hit.quick = quick;
    return hit.lib;
  }
  const counters = readCounters(userDb);
  if (hit && hit.bundle.db === bundleDb) {
    const c = hit.user.counters;
    const same =
      c.docsAdded === counters.docsAdded &&
      c.docsChanged === counters.docsChanged &&
      c.overrides === counters.overrides &&
      c.tags === counters.tags;
    if (same && hit.user.segsKey === segmentsKey(userDb)) return hit.lib;
  }
  let bundle = bundleDb ? bundles.get(bundleDb) : undefined;
  if (!bundle) {
    bundle = loadBundle(bundleDb);
    if (bundleDb) bundles.set(bundleDb, bundle);
  }
  const user = refreshUser(userDb, hit && hit.bundle.db === bundleDb ? hit.user : null, counters);
  const lib = new LibraryIndex(bundle, user, userDb);
  cache.set(userDb, { bundle, user, lib, stamp, quick });
  return lib;
}
