// Binary container for named columns (typed arrays, string columns, small JSON values) stored as
// one blob: a JSON header (name → [kind, byte offset, length]) then 8-byte aligned sections, so
// loading is a view per typed array and one UTF-16 decode per string column.
import { StringColumn } from './columns.js';

type Typed = Int32Array | Int16Array | Uint8Array;
/** A string column stored as UTF-16 (CJK text: decoding is a copy) or, wrapped, as UTF-8 (ids). */
export type Section = Typed | StringColumn | { utf8: StringColumn } | { json: unknown };

const KINDS = { i32: Int32Array, i16: Int16Array, u8: Uint8Array } as const;
type Kind = keyof typeof KINDS | 'str' | 'str8' | 'json';

function kindOf(v: Section): Kind {
  if (v instanceof StringColumn) return 'str';
  if ('utf8' in v) return 'str8';
  if (v instanceof Int32Array) return 'i32';
  if (v instanceof Int16Array) return 'i16';
  if (v instanceof Uint8Array) return 'u8';
  return 'json';
}

function stringBytes(c: StringColumn, encoding: 'utf16le' | 'utf8'): Uint8Array {
  const text = Buffer.from(c.text, encoding);
  const out = new Uint8Array(c.offsets.byteLength + text.length);
  out.set(new Uint8Array(c.offsets.buffer, c.offsets.byteOffset, c.offsets.byteLength));
  out.set(text, c.offsets.byteLength);
  return out;
}

function bytesOf(v: Section): Uint8Array {
  if (v instanceof StringColumn) return stringBytes(v, 'utf16le');
  if ('utf8' in v) return stringBytes(v.utf8, 'utf8');
  if ('json' in v) return Buffer.from(JSON.stringify(v.json), 'utf8');
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

export function encodeColumns(sections: Record<string, Section>): Buffer {
  const header: Record<string, [Kind, number, number, number]> = {};
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const [name, v] of Object.entries(sections)) {
    const b = bytesOf(v);
    const count = v instanceof StringColumn ? v.length : 'utf8' in v ? v.utf8.length : 'json' in v ? 0 : v.length;
    header[name] = [kindOf(v), at, b.length, count];
    parts.push(b);
    at += b.length;
    const pad = (8 - (at % 8)) % 8;
    if (pad) parts.push(new Uint8Array(pad));
    at += pad;
  }
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const headPad = (8 - ((4 + head.length) % 8)) % 8;
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length + headPad);
  return Buffer.concat([len, head, Buffer.alloc(headPad, 0x20), ...parts]);
}

export class Columns {
  private header: Record<string, [Kind, number, number, number]>;
  private base: number;
  constructor(private readonly buf: Buffer) {
    const headLen = buf.readUInt32LE(0);
    this.header = JSON.parse(buf.subarray(4, 4 + headLen).toString('utf8')) as typeof this.header;
    this.base = 4 + headLen;
  }
  has(name: string): boolean {
    return name in this.header;
  }
  private bytes(name: string, kind: Kind): { at: number; len: number; count: number } {
    const h = this.header[name];
    if (!h || h[0] !== kind) throw new Error(`column ${name} missing or not ${kind}`);
    return { at: this.buf.byteOffset + this.base + h[1], len: h[2], count: h[3] };
  }
  typed<K extends keyof typeof KINDS>(name: string, kind: K): InstanceType<(typeof KINDS)[K]> {
    const { at, count } = this.bytes(name, kind);
    // Sections are 8-byte aligned inside the blob; copy when the blob itself is not aligned.
    const Ctor = KINDS[kind] as unknown as new (
      b: ArrayBuffer,
      at?: number,
      n?: number,
    ) => InstanceType<(typeof KINDS)[K]>;
    const size = KINDS[kind].BYTES_PER_ELEMENT;
    const buffer = this.buf.buffer as ArrayBuffer;
    if (at % size === 0) return new Ctor(buffer, at, count);
    return new Ctor(buffer.slice(at, at + count * size));
  }
  strings(name: string): StringColumn {
    const kind = this.header[name]?.[0] === 'str8' ? 'str8' : 'str';
    const { at, len, count } = this.bytes(name, kind);
    const offBytes = (count + 1) * 4;
    const buffer = this.buf.buffer as ArrayBuffer;
    const offsets =
      at % 4 === 0 ? new Int32Array(buffer, at, count + 1) : new Int32Array(buffer.slice(at, at + offBytes));
    const text = Buffer.from(this.buf.buffer, at + offBytes, len - offBytes).toString(
      kind === 'str8' ? 'utf8' : 'utf16le',
    );
    return new StringColumn(text, offsets);
  }
  json<T>(name: string): T {
    const { at, len } = this.bytes(name, 'json');
    return JSON.parse(Buffer.from(this.buf.buffer, at, len).toString('utf8')) as T;
  }
}
