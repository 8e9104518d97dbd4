// What a page's small inline scripts write into it, worked out from their text without running
// them. TRS and other CMS templates print the date and the 来源 that way
// (`发布时间：<script>var pubDate = "2024-02-12 09:15"; document.write(pubDate.substr(0,10));</script>`,
// `if (laiyuan == "") { document.write("来源：本站"); } else { document.write("来源：" + laiyuan); }`), and
// share pages fill an empty `<span id="pubtime"></span>` from a variable
// (`document.getElementById("pubtime").innerHTML = pubtime`). A browser's "HTML only" save keeps the
// scripts, not what they wrote. Only string literals, string variables, `+`, `substr`/`substring`/
// `slice` and an `if` on whether a variable is empty are understood; any other script writes nothing.

const MAX_SCRIPT = 4000;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)([^>]*)>([\s\S]*?)<\/script>/gi;
const STRING = String.raw`"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'`;
const ASSIGN = new RegExp(
  String.raw`(?:\b(?:var|let|const)\s+)?\b([A-Za-z_$][\w$]*)\s*=\s*(?:${STRING})\s*(?=[;,\n}]|$)`,
  'g',
);
const IF_ELSE = /\bif\s*\(([^(){}]*(?:\([^(){}]*\)[^(){}]*)?)\)\s*\{([^{}]*)\}(?:\s*else\s*\{([^{}]*)\})?/g;
const WRITE = /\bdocument\.write(?:ln)?\s*\(/g;
const FILL =
  /(?:\bdocument\.getElementById\s*\(\s*["']([\w-]+)["']\s*\)\s*\.\s*(?:innerHTML|innerText|textContent)\s*=|(?:\$|\bjQuery)\s*\(\s*["']#([\w-]+)["']\s*\)\s*\.\s*(?:html|text)\s*\()/g;

type Vars = Map<string, string>;

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** The argument text from `open` (just after a `(`, or after `=`) to its closing `)` or `;`. */
function argumentAt(src: string, open: number, closer: ')' | ';'): string | null {
  let depth = 0;
  let quote = '';
  for (let i = open; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0 && (c === closer || c === '\n' || (closer === ';' && c === '}'))) return src.slice(open, i);
  }
  return closer === ';' ? src.slice(open) : null;
}

/** `a + "b" + c.substr(0, 10)`: the string it makes, or null when any part is not understood. */
function evaluate(expr: string, vars: Vars): string | null {
  const parts: string[] = [];
  let rest = expr.trim();
  while (rest) {
    const lit = new RegExp(`^(?:${STRING})`).exec(rest);
    let value: string | undefined;
    if (lit) value = unescape(lit[1] ?? lit[2] ?? '');
    const ref = lit
      ? null
      : /^([A-Za-z_$][\w$]*)(?:\.(substr|substring|slice)\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?/.exec(rest);
    if (ref) {
      const v = vars.get(ref[1]!);
      if (v === undefined) return null;
      const a = Number(ref[3] ?? 0);
      const b = ref[4] === undefined ? undefined : Number(ref[4]);
      value = !ref[2] ? v : ref[2] === 'substr' ? v.substr(a, b) : v.slice(a, b);
    }
    const m = lit ?? ref;
    if (!m || value === undefined) return null;
    parts.push(value);
    rest = rest.slice(m[0].length).trim();
    if (!rest) break;
    if (!rest.startsWith('+')) return null;
    rest = rest.slice(1).trim();
  }
  return parts.join('');
}

/** `x == ""`, `x != ''`, `!x`, `x`, `x.length > 0`: whether the test holds, or null. */
function test(cond: string, vars: Vars): boolean | null {
  const c = cond.trim();
  const empty = /^(!?)\s*([A-Za-z_$][\w$]*)$/.exec(c);
  if (empty) {
    const v = vars.get(empty[2]!);
    return v === undefined ? null : (v !== '') !== (empty[1] === '!');
  }
  const cmp = new RegExp(String.raw`^([A-Za-z_$][\w$]*)\s*(==|===|!=|!==)\s*(?:${STRING})$`).exec(c);
  if (cmp) {
    const v = vars.get(cmp[1]!);
    if (v === undefined) return null;
    const same = v === unescape(cmp[3] ?? cmp[4] ?? '');
    return cmp[2]!.startsWith('=') ? same : !same;
  }
  const len = /^([A-Za-z_$][\w$]*)\.length\s*(>|>=|==|===|!=|!==)\s*0$/.exec(c);
  if (len) {
    const v = vars.get(len[1]!);
    if (v === undefined) return null;
    return len[2] === '>=' ? true : len[2]!.startsWith('=') ? v.length === 0 : v.length > 0;
  }
  return null;
}

/** The script with each understood `if` replaced by the branch it takes; null if one is not understood. */
function resolveBranches(src: string, vars: Vars): string | null {
  let failed = false;
  const out = src.replace(IF_ELSE, (_all, cond: string, yes: string, no: string | undefined) => {
    const t = test(cond, vars);
    if (t === null) failed = true;
    return t ? yes : (no ?? '');
  });
  return failed ? null : out;
}

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's source with each small script's `document.write` output put in its place, and the
 * empty elements its scripts fill by id filled. */
export function renderScriptWrites(html: string): string {
  if (!/document\.write|innerHTML|innerText|textContent|\.html\(|\.text\(/.test(html)) return html;
  const vars: Vars = new Map();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    if (m[2]!.length > MAX_SCRIPT) continue;
    for (const a of m[2]!.matchAll(ASSIGN)) vars.set(a[1]!, unescape(a[2] ?? a[3] ?? ''));
  }
  if (!vars.size) return html;
  const fills = new Map<string, string>();
  let out = html.replace(INLINE_SCRIPT, (all, _attrs: string, body: string) => {
    if (body.length > MAX_SCRIPT) return all;
    const code = resolveBranches(body, vars);
    if (code === null) return all;
    for (const f of code.matchAll(FILL)) {
      const arg = argumentAt(code, f.index + f[0].length, f[2] ? ')' : ';');
      const text = arg === null ? null : evaluate(arg, vars);
      // A few fields at most; a page filling dozens is a script-built page, left as saved.
      if (text && fills.size < 20) fills.set((f[1] ?? f[2])!, text);
    }
    const written: string[] = [];
    for (const w of code.matchAll(WRITE)) {
      const arg = argumentAt(code, w.index + w[0].length, ')');
      const text = arg === null ? null : evaluate(arg, vars);
      if (text === null) return all;
      written.push(text);
    }
    // What the script wrote is markup, as the browser would parse it; the script itself goes.
    return written.length ? written.join('') : all;
  });
  for (const [id, text] of fills) {
    const empty = new RegExp(`(<([a-z][a-z0-9]*)\\b[^>]*\\bid\\s*=\\s*["']?${id}["']?[^>]*>)\\s*(</\\2>)`, 'i');
    out = out.replace(empty, (_all, open: string, _tag: string, close: string) => open + escapeHtml(text) + close);
  }
  return out;
}
