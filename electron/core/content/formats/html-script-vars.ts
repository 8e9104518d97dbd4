// What a page's inline scripts say about it, read from the page's source (the parsed document has
// lost its scripts): the JSON-LD article (headline, datePublished, publisher) and the values WeChat
// keeps in script variables (`var ct = "1683339000"`, `var nickname = "某某发布"`).

/** JSON-LD blocks, read from the page's source: the parsed document has lost its scripts. */
const LD_JSON = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi;

export function jsonLd(html: string): { headline?: string; datePublished?: string; publisher?: string } {
  for (const block of html.matchAll(LD_JSON)) {
    try {
      const raw = JSON.parse(block[1]!) as Record<string, unknown> | Record<string, unknown>[];
      // A list of things, or one `@graph` of them (breadcrumbs, the site, the article).
      const top = Array.isArray(raw) ? raw : [raw];
      const items = top.flatMap((it) =>
        Array.isArray(it['@graph']) ? (it['@graph'] as Record<string, unknown>[]) : [it],
      );
      // The article itself before the page or site that holds it (a `@graph` often lists the
      // WebPage, whose headline is the site's, first).
      const article = (it: Record<string, unknown>) => /Article|BlogPosting|Report/.test(String(it['@type'] ?? ''));
      for (const it of [...items.filter(article), ...items.filter((x) => !article(x))]) {
        // 百度's 熊掌号 (cambrian) block, on MIP pages, gives the day as `pubDate`.
        const published = [it.datePublished, it.pubDate].find((d): d is string => typeof d === 'string');
        if (published || typeof it.headline === 'string') {
          const pub = it.publisher as { name?: string } | undefined;
          return {
            headline: typeof it.headline === 'string' ? it.headline : undefined,
            datePublished: published,
            publisher: pub?.name,
          };
        }
      }
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return {};
}

/** Values WeChat keeps in inline scripts (the rendered fields are empty in a raw save). */
export function scriptVar(html: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:htmlDecode\\()?["']([^"']{1,200})["']`).exec(html);
  return m ? m[1]! : null;
}

/** The time a raw WeChat save keeps in its scripts: `var ct = "…"`, on newer pages only
 * `var create_time = "…" * 1`, on some only `var oriCreateTime = '…'` (last: it is the original's time). */
export function scriptTime(html: string): string | null {
  return (
    ['createTime', 'publish_time', 'ct', 'create_time', 'oriCreateTime'].map((n) => scriptVar(html, n)).find(Boolean) ??
    null
  );
}
