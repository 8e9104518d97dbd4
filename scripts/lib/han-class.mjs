// Build step (scripts/build-node.mjs): `\p{Script=Han}` in the sources' regular-expression literals becomes the
// exact code-point ranges of the Han script, taken from the Node that builds (and then runs) the bundles. V8
// builds a property class from ICU each time it compiles an expression that names one, and a one-command CLI
// process compiles some forty of them (about 15 ms, issue 14); a class of ranges is the same set of characters,
// so every expression matches exactly as before. Only literals with the u flag (not v) are rewritten; strings
// given to new RegExp() keep the property. The sources keep `\p{Script=Han}`, which says what is meant.

const HAN = '\\p{Script=Han}';
const NOT_HAN = '\\P{Script=Han}';

let cached = null;
/** The Han script as class ranges (`\u{2e80}-\u{2e99}…`), by testing every code point with this Node's ICU. */
export function hanRanges() {
  if (cached) return cached;
  const re = /\p{Script=Han}/u;
  const hex = (c) => `\\u{${c.toString(16)}}`;
  const out = [];
  let start = -1;
  for (let c = 0; c <= 0x110000; c++) {
    const han = c < 0x110000 && (c < 0xd800 || c > 0xdfff) && re.test(String.fromCodePoint(c));
    if (han && start < 0) start = c;
    if (!han && start >= 0) {
      out.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
      start = -1;
    }
  }
  cached = out.join('');
  return cached;
}

/** A pattern with its Han properties as ranges: inside a class the ranges, outside a class of them. */
export function rewritePattern(body) {
  const ranges = hanRanges();
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      if (body.startsWith(HAN, i)) {
        out += inClass ? ranges : `[${ranges}]`;
        i += HAN.length - 1;
      } else if (body.startsWith(NOT_HAN, i) && !inClass) {
        out += `[^${ranges}]`;
        i += NOT_HAN.length - 1;
      } else {
        out += body.slice(i, i + 2); // any other escape, kept whole (\[, \], \\, \P inside a class)
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

const REGEX_AFTER_CHAR = new Set([...'(,=:[!&|?{};+-*%<>~^']);
const REGEX_AFTER_WORD = /(?:^|[^\w$])(?:return|typeof|case|in|of|void|yield|await|delete|throw|new|else|do)$/;

/** The source with its Han regular-expression literals rewritten, and the literals changed ([before, after, flags]).
 * A small scanner: comments, strings and templates are skipped; a slash starts a literal where an operand may. */
export function rewriteHanLiterals(code) {
  const changed = [];
  let out = '';
  let last = 0; // copied up to here
  let prev = ''; // the last significant character, for a slash's meaning
  let i = 0;
  const skipString = (q) => {
    for (i++; i < code.length && code[i] !== q; i++) if (code[i] === '\\') i++;
  };
  while (i < code.length) {
    const ch = code[i];
    if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) break;
      continue;
    }
    if (ch === "'" || ch === '"') {
      skipString(ch);
      i++;
      prev = 'x';
      continue;
    }
    if (ch === '`') {
      // A template, to its closing backtick; expressions inside are skipped as text (never rewritten).
      let depth = 0;
      for (i++; i < code.length; i++) {
        if (code[i] === '\\') i++;
        else if (code[i] === '$' && code[i + 1] === '{') {
          depth++;
          i++;
        } else if (code[i] === '}' && depth) depth--;
        else if (code[i] === '`' && !depth) break;
      }
      i++;
      prev = 'x';
      continue;
    }
    if (ch === '/') {
      const before = code.slice(Math.max(0, i - 12), i).trimEnd();
      const regex = prev === '' || REGEX_AFTER_CHAR.has(prev) || REGEX_AFTER_WORD.test(before);
      if (regex) {
        let j = i + 1;
        let inClass = false;
        for (; j < code.length && code[j] !== '\n'; j++) {
          if (code[j] === '\\') j++;
          else if (code[j] === '[') inClass = true;
          else if (code[j] === ']') inClass = false;
          else if (code[j] === '/' && !inClass) break;
        }
        let k = j + 1;
        while (/[a-z]/.test(code[k] ?? '')) k++;
        const body = code.slice(i + 1, j);
        const flags = code.slice(j + 1, k);
        if ((body.includes(HAN) || body.includes(NOT_HAN)) && flags.includes('u') && !flags.includes('v')) {
          const after = rewritePattern(body);
          new RegExp(after, flags); // a pattern the rewrite broke fails the build here
          changed.push([body, after, flags]);
          out += code.slice(last, i + 1) + after;
          last = j;
        }
        i = k;
        prev = 'x';
        continue;
      }
    }
    if (!/\s/.test(ch)) prev = ch;
    i++;
  }
  return { code: out + code.slice(last), changed };
}
