// Reading view of one document: outline, title, 出处, paragraphs with search hits and the user's
// highlights, and the side panel of annotations. Select text to highlight (five colours), add
// notes and tags, or save a 金句; keys 1–9 toggle coloured tags. The route may name a query (q),
// an annotation (a), a paragraph (p) or an exact passage (p, s, e) to open at.
import { Alert, Skeleton } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../../electron/contract/api';
import { useShortcut } from '../../hooks/use-shortcut';
import { readSelection, type TextSelection } from '../../workspace/selection';
import { useReaderPrefs, WIDTHS } from '../../workspace/reader-prefs';
import { AnnotationSide } from './AnnotationSide';
import { FindBar } from './FindBar';
import { outlineOf } from './outline';
import { copyWithCitation, ReaderBody } from './ReaderBody';
import { ReaderHeader } from './ReaderHeader';
import { ReaderOutline } from './ReaderOutline';
import { SelectionLayer } from './SelectionLayer';
import { useAnnotationActions } from './use-annotation-actions';
import { useReaderData } from './use-reader-data';
import { useReaderHits, type HitSpan } from './use-reader-hits';
import { useReadingPosition } from './use-reading-position';
import './reader.css';

interface Props {
  id: string;
  highlight: string;
  annotationId?: number;
  paragraph?: number;
  passage?: HitSpan;
}

export function ReaderPage({ id, highlight, annotationId, paragraph, passage }: Props) {
  const data = useReaderData(id);
  const { doc: d, shown, items, state, anns, colors, tags } = data;
  const [prefs, setPrefs] = useReaderPrefs();
  // Ctrl+F opens the find box; its words replace the search-hit highlighting.
  const [findOpen, setFindOpen] = useState(false);
  const [findText, setFindText] = useState('');
  const query = (findOpen && findText.trim() ? findText : highlight).trim();
  const hits = useReaderHits(id, query, passage ?? null, !!shown);
  useShortcut('F3', () => hits.goto(1), hits.count > 0);
  useShortcut('shift+F3', () => hits.goto(-1), hits.count > 0);
  useShortcut('mod+f', () => setFindOpen(true));
  const [sel, setSel] = useState<TextSelection | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  // The annotation just created, shown in the editor until the list reload includes it.
  const [created, setCreated] = useState<Annotation | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const active = items.find((a) => a.id === activeId) ?? (created?.id === activeId ? created : null);
  const outline = useMemo(() => (shown ? outlineOf(shown) : []), [shown]);

  useEffect(() => {
    const onChange = () => setSel(readSelection(bodyRef.current));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  const showingHit = !!query || !!passage;
  useReadingPosition({ id, bodyRef, ready: data.ready, annotationId, paragraph, showingHit, onActivate: setActiveId });
  const reloadTags = useCallback(() => (state.reload(), tags.reload()), [state, tags]);
  const { annotate, remove } = useAnnotationActions({
    docId: id,
    sel,
    items,
    active,
    onCreated: (a) => (setSel(null), setCreated(a), setActiveId(a.id)),
    onDeleted: () => setActiveId(null),
    reloadAnnotations: anns.reload,
    reloadTags,
  });

  if (data.error) return <Alert type="error" showIcon message={data.error} />;
  if (!d || !shown) return <Skeleton active />;
  const byParagraph = new Map<number, Annotation[]>();
  for (const a of items) if (!a.orphaned) byParagraph.set(a.paragraph, [...(byParagraph.get(a.paragraph) ?? []), a]);
  const measure = { '--reader-measure': WIDTHS[prefs.width] } as React.CSSProperties;
  const bodyStyle = { '--reader-scale': prefs.scale, '--reader-line': prefs.lineHeight } as React.CSSProperties;
  return (
    <div className={`reader-layout${outline.length > 1 ? ' with-outline' : ''}`} style={measure}>
      <article className="page reader">
        <header>
          <ReaderHeader
            doc={d}
            shown={shown}
            titleMarks={hits.title}
            prefs={prefs}
            setPrefs={setPrefs}
            starred={state.data?.starred ?? false}
            studyOptIn={state.data?.studyOptIn ?? false}
            docTags={state.data?.tags ?? []}
            tags={tags.items}
            simplified={data.simplified}
            onSimplified={data.setSimplified}
            onStateChanged={state.reload}
            onTagsChanged={tags.reload}
          />
          <FindBar
            open={findOpen}
            text={findText}
            onText={setFindText}
            onClose={() => (setFindOpen(false), setFindText(''))}
            hits={hits}
            hasQuery={!!query}
          />
        </header>
        <div
          className="reader-body"
          ref={bodyRef}
          style={bodyStyle}
          onCopy={(e) => copyWithCitation(e, shown.citation)}
        >
          <ReaderBody
            original={d}
            shown={shown}
            annotations={byParagraph}
            hits={hits.byParagraph}
            current={hits.current}
            colors={colors.byKey}
            activeId={activeId}
            onPick={(a) => setActiveId(a.id)}
          />
        </div>
        <footer className="print-only citation-footer">出处：{shown.citation}</footer>
      </article>
      <div className="reader-rail">
        <ReaderOutline entries={outline} />
        <AnnotationSide
          items={items}
          active={active}
          colors={colors.items}
          colorByKey={colors.byKey}
          tags={tags.items}
          onActivate={setActiveId}
          onDelete={(a) => void remove(a)}
          onSaved={() => (anns.reload(), tags.reload())}
        />
      </div>
      <SelectionLayer
        sel={sel}
        doc={d}
        shown={shown}
        colors={colors.items}
        tags={tags.items}
        onColor={(c) => void annotate(c)}
        onQuoteSaved={tags.reload}
      />
    </div>
  );
}
