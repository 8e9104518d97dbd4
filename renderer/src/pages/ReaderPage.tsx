// Reading view of one document: title, 出处, contents, paragraphs with search hits and the user's
// highlights; select text to highlight (five colours), add notes and tags, or save a 金句.
// Keys 1–9 toggle coloured tags on the selected highlight (else on the document).
import { Alert, App, Button, Empty, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, DocumentFull } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { useShortcut } from '../hooks/use-shortcut';
import { useDocumentHits } from '../hooks/use-document-hits';
import { Highlighted } from '../highlight';
import { AnnotatedText } from '../workspace/AnnotatedText';
import { AnnotationEditor, editorKey } from '../workspace/AnnotationEditor';
import { DocumentTags } from '../workspace/DocumentTags';
import { ReaderControls } from '../workspace/ReaderControls';
import { SaveQuoteModal, type QuoteDraft } from '../workspace/SaveQuoteModal';
import { SelectionToolbar } from '../workspace/SelectionToolbar';
import { flash, readSelection, type TextSelection } from '../workspace/selection';
import { useReaderPrefs, WIDTHS } from '../workspace/reader-prefs';
import { useHighlightColors, useTags } from '../workspace/use-workspace-data';
import { AddToSessionButton } from './sessions/AddToSessionButton';
import { HistoricalNotice } from './status/HistoricalNotice';
import { StatusTag } from './status/StatusTag';

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement &&
  (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || !!t.closest('.ant-select'));

export function ReaderPage({
  id,
  highlight,
  annotationId,
  paragraph,
}: {
  id: string;
  highlight: string;
  annotationId?: number;
  paragraph?: number;
}) {
  const { message } = App.useApp();
  const [simplified, setSimplified] = useState(false);
  const original = useApi<DocumentFull>(() => api.getDocument({ id }), [id]);
  const simple = useApi<DocumentFull | null>(
    () => (simplified ? api.getSimplifiedDocument({ id }) : Promise.resolve(null)),
    [id, simplified],
  );
  const state = useApi(() => api.getDocumentState({ docId: id }), [id]);
  const anns = useApi(() => api.listAnnotations({ docId: id, limit: 2000 }), [id]);
  const colors = useHighlightColors();
  const tags = useTags();
  const [prefs, setPrefs] = useReaderPrefs();
  // Ctrl+F opens an in-document find box; its words replace the search-hit highlighting.
  const [findOpen, setFindOpen] = useState(false);
  const [findText, setFindText] = useState('');
  const findQuery = (findOpen && findText.trim() ? findText : highlight).trim();
  // Hits come from the search engine, so 黨建 marks 党建, and search syntax works the same here.
  const found = useDocumentHits(id, findQuery);
  const hasQuery = findQuery.length > 0;
  const [hitIndex, setHitIndex] = useState(0);
  const [sel, setSel] = useState<TextSelection | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  // The annotation just created, shown in the editor until the list reload includes it.
  const [created, setCreated] = useState<Annotation | null>(null);
  const [quoteDraft, setQuoteDraft] = useState<QuoteDraft | null>(null);
  const lastDeleted = useRef<number | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const restored = useRef(false);

  const d = original.data;
  const shown = (simplified && simple.data) || d;
  const items = anns.data?.items ?? [];
  const active = items.find((a) => a.id === activeId) ?? (created?.id === activeId ? created : null);

  const hits = () => Array.from(document.querySelectorAll<HTMLElement>('.reader mark.hit'));
  const goto = (delta: number) => {
    const all = hits();
    if (!all.length) return;
    const next = (hitIndex + delta + all.length) % all.length;
    setHitIndex(next);
    all.forEach((m, i) => m.classList.toggle('current', i === next));
    all[next]!.scrollIntoView({ block: 'center' });
  };
  useShortcut('F3', () => goto(1), hasQuery);
  useShortcut('shift+F3', () => goto(-1), hasQuery);
  useShortcut('mod+f', () => {
    setFindOpen(true);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.find-box input')?.focus());
  });
  useEffect(() => setHitIndex(0), [findText]);
  useEffect(() => setHitIndex(0), [id, highlight]);
  useEffect(() => {
    restored.current = false;
    setActiveId(null);
  }, [id]);

  // Track the selection inside the reader body (mouse, keyboard or programmatic).
  useEffect(() => {
    const onChange = () => setSel(readSelection(bodyRef.current));
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  // Jump to an annotation or paragraph from the route, else back to the last reading position.
  useEffect(() => {
    if (!d || !anns.data || !state.data || restored.current) return;
    restored.current = true;
    requestAnimationFrame(() => {
      if (annotationId) {
        const a = anns.data!.items.find((x) => x.id === annotationId);
        setActiveId(annotationId);
        flash(
          document.querySelector(`mark.ann[data-ann-id="${annotationId}"]`) ??
            (a ? document.getElementById(`p-${a.paragraph}`) : null),
        );
      } else if (paragraph !== undefined) {
        flash(document.getElementById(`p-${paragraph}`));
      } else if (!hasQuery && state.data!.readingPosition) {
        document.getElementById(`p-${state.data!.readingPosition}`)?.scrollIntoView({ block: 'start' });
      }
    });
  }, [d, anns.data, state.data, annotationId, paragraph, hasQuery]);

  // Remember the first visible paragraph as the reading position (debounced).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ps = Array.from(bodyRef.current?.querySelectorAll<HTMLElement>('[data-paragraph]') ?? []);
        const first = ps.find((p) => p.getBoundingClientRect().bottom > 80);
        if (first)
          void api.setDocumentState({ docId: id, readingPosition: Number(first.dataset.paragraph) }).catch(() => {});
      }, 600);
    };
    window.addEventListener('scroll', onScroll, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [id]);

  const reloadAll = () => {
    anns.reload();
    tags.reload();
  };

  const annotate = async (color: string) => {
    if (!sel) return;
    try {
      const a = await api.createAnnotation({
        docId: id,
        paragraph: sel.paragraph,
        start: sel.start,
        end: sel.end,
        color,
      });
      window.getSelection()?.removeAllRanges();
      setSel(null);
      setCreated(a);
      setActiveId(a.id);
      anns.reload();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const remove = useCallback(
    async (a: Annotation) => {
      await api.deleteAnnotation({ id: a.id });
      lastDeleted.current = a.id;
      setActiveId(null);
      anns.reload();
      const undo = async () => {
        await api.restoreAnnotation({ id: a.id });
        lastDeleted.current = null;
        message.destroy('ann-deleted');
        anns.reload();
      };
      message.open({
        key: 'ann-deleted',
        type: 'success',
        duration: 8,
        content: (
          <span>
            已删除标注{' '}
            <a onClick={() => void undo()} className="undo-link">
              撤销
            </a>
          </span>
        ),
      });
    },
    [anns, message],
  );
  useShortcut('mod+z', () => {
    const last = lastDeleted.current;
    if (last === null) return;
    void api.restoreAnnotation({ id: last }).then(() => {
      lastDeleted.current = null;
      message.info('已恢复标注');
      anns.reload();
    });
  });

  // Keys 1–9: toggle the coloured tag on the selected highlight, else on the document.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key) || isTyping(e.target)) return;
      e.preventDefault();
      const slot = Number(e.key);
      const selected = sel
        ? items.find((a) => a.paragraph === sel.paragraph && a.start < sel.end && sel.start < a.end)
        : null;
      const target = selected ?? active;
      const call = target
        ? api.toggleColoredTag({ kind: 'annotation', id: target.id, slot })
        : api.toggleColoredTag({ kind: 'document', id, slot });
      call.then(
        (r) => {
          message.success(`${r.on ? '已添加' : '已移除'}标签“${r.tag}”${target ? '（标注）' : '（本文）'}`);
          state.reload();
          reloadAll();
        },
        (err: Error) => message.warning(err.message),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Copy gives the selected text followed by its 出处 line.
  const onCopy = (e: React.ClipboardEvent) => {
    const text = window.getSelection()?.toString() ?? '';
    if (!text || !shown) return;
    e.preventDefault();
    e.clipboardData.setData('text/plain', `${text}\n——${shown.citation}`);
  };

  if (original.error) return <Alert type="error" showIcon message={original.error} />;
  if (!d || !shown) return <Skeleton active />;
  const toc = shown.paragraphs.map((p, i) => ({ ...p, i })).filter((p) => p.kind === 'h');
  const byParagraph = new Map<number, Annotation[]>();
  for (const a of items) if (!a.orphaned) byParagraph.set(a.paragraph, [...(byParagraph.get(a.paragraph) ?? []), a]);
  const orphans = items.filter((a) => a.orphaned);
  // Highlights are offsets into the original text; show them in simplified mode only where the
  // conversion kept the paragraph length (character-for-character).
  // Offsets are into the original text: only usable where the simplified view kept the length.
  const hitsFor = (i: number, text: string) =>
    text.length === d.paragraphs[i]?.text.length ? (found.byParagraph.get(i) ?? []) : [];
  const annsFor = (i: number) =>
    shown === d || shown.paragraphs[i]?.text.length === d.paragraphs[i]?.text.length ? (byParagraph.get(i) ?? []) : [];
  const bodyStyle = {
    '--reader-scale': prefs.scale,
    '--reader-line': prefs.lineHeight,
    maxWidth: WIDTHS[prefs.width],
  } as React.CSSProperties;

  return (
    <div className="reader-layout">
      <article className="page reader" style={{ maxWidth: WIDTHS[prefs.width] }}>
        <header>
          <Typography.Title level={2} className="reader-title">
            <Highlighted text={shown.title} marks={shown.title.length === d.title.length ? found.title : []} />
          </Typography.Title>
          <Space wrap className="reader-meta">
            <Tag color="red">{d.type}</Tag>
            <StatusTag status={d.status} note={d.statusNote} />
            <Typography.Text type="secondary" className="citation">
              {shown.citation}
            </Typography.Text>
            <AddToSessionButton item={{ kind: 'document', docId: id }} label="全文加入学习专题" />
          </Space>
          <HistoricalNotice
            doc={d}
            optedIn={state.data?.studyOptIn ?? false}
            onOptIn={(on) => void api.setDocumentState({ docId: id, studyOptIn: on }).then(state.reload)}
          />
          <ReaderControls
            prefs={prefs}
            setPrefs={setPrefs}
            starred={state.data?.starred ?? false}
            onStar={() => void api.setDocumentState({ docId: id, starred: !state.data?.starred }).then(state.reload)}
            traditional={d.script === 'traditional'}
            simplified={simplified}
            onSimplified={setSimplified}
          />
          <DocumentTags
            docId={id}
            value={state.data?.tags ?? []}
            tags={tags.items}
            onChanged={() => {
              state.reload();
              tags.reload();
            }}
          />
          {findOpen && (
            <Space className="find-box no-print">
              <Input
                allowClear
                aria-label="在本文中查找"
                placeholder="在本文中查找（回车跳到下一处）"
                value={findText}
                onChange={(e) => setFindText(e.target.value)}
                onPressEnter={(e) => goto(e.shiftKey ? -1 : 1)}
                onKeyDown={(e) => e.key === 'Escape' && (setFindOpen(false), setFindText(''))}
                style={{ width: '18em' }}
              />
              <Button
                size="small"
                onClick={() => {
                  setFindOpen(false);
                  setFindText('');
                }}
              >
                关闭
              </Button>
            </Space>
          )}
          {hasQuery && (
            <Space className="hit-nav no-print">
              <Typography.Text>共 {found.total} 处匹配</Typography.Text>
              <Button size="small" onClick={() => goto(-1)}>
                上一处
              </Button>
              <Button size="small" onClick={() => goto(1)}>
                下一处
              </Button>
            </Space>
          )}
        </header>
        {toc.length > 1 && (
          <nav className="reader-toc no-print" aria-label="目录">
            <Typography.Text strong>目录</Typography.Text>
            <ol>
              {toc.map((h) => (
                <li key={h.i}>
                  <a
                    href={`#p-${h.i}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`p-${h.i}`)?.scrollIntoView();
                    }}
                  >
                    {h.text}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <div className="reader-body" ref={bodyRef} style={bodyStyle} onCopy={onCopy}>
          {shown.paragraphs.map((p, i) => {
            const content = (
              <AnnotatedText
                text={p.text}
                annotations={annsFor(i)}
                hits={hitsFor(i, p.text)}
                colors={colors.byKey}
                activeId={activeId}
                onPick={(a) => setActiveId(a.id)}
              />
            );
            return p.kind === 'h' ? (
              <h3 key={i} id={`p-${i}`} data-paragraph={i}>
                {content}
              </h3>
            ) : (
              <p key={i} id={`p-${i}`} data-paragraph={i}>
                {content}
              </p>
            );
          })}
        </div>
        <footer className="print-only citation-footer">出处：{shown.citation}</footer>
      </article>
      <aside className="reader-side no-print" aria-label="本文标注">
        {active && (
          <AnnotationEditor
            key={editorKey(active)}
            annotation={active}
            colors={colors.items}
            tags={tags.items}
            onClose={() => setActiveId(null)}
            onDelete={() => void remove(active)}
            onSave={(patch) =>
              void api.updateAnnotation({ id: active.id, ...patch }).then(
                () => {
                  message.success('标注已保存');
                  reloadAll();
                },
                (e: Error) => message.error(e.message),
              )
            }
          />
        )}
        <Typography.Title level={5} className="side-title">
          本文标注（{items.length}）
        </Typography.Title>
        <List
          size="small"
          className="side-annotations"
          dataSource={items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选中文字即可标注" /> }}
          renderItem={(a) => (
            <List.Item
              key={a.id}
              className={a.id === activeId ? 'active' : ''}
              onClick={() => {
                setActiveId(a.id);
                flash(document.querySelector(`mark.ann[data-ann-id="${a.id}"]`));
              }}
            >
              <div className="side-annotation">
                <span className="swatch" style={{ background: colors.byKey.get(a.color)?.color }} />
                {a.orphaned && <Tag color="orange">未定位</Tag>}
                <span className="side-text">{a.text}</span>
                {a.note && <div className="side-note">{a.note}</div>}
                {a.tags.length > 0 && (
                  <div>
                    {a.tags.map((t) => (
                      <Tag key={t}>{t}</Tag>
                    ))}
                  </div>
                )}
              </div>
            </List.Item>
          )}
        />
        {orphans.length > 0 && (
          <Alert type="warning" showIcon message={`${orphans.length} 条标注因原文变动未能定位，已保留在列表中。`} />
        )}
      </aside>
      {sel && (
        <SelectionToolbar
          sel={sel}
          colors={colors.items}
          disabled={
            shown !== d && shown.paragraphs[sel.paragraph]?.text.length !== d.paragraphs[sel.paragraph]?.text.length
          }
          onColor={(c) => void annotate(c)}
          onQuote={() => setQuoteDraft({ text: sel.text, paragraph: sel.paragraph })}
        />
      )}
      <SaveQuoteModal
        draft={quoteDraft}
        doc={d}
        tags={tags.items}
        onCancel={() => setQuoteDraft(null)}
        onSave={(v) =>
          void api
            .saveQuote({
              docId: id,
              paragraph: quoteDraft?.paragraph,
              text: v.text,
              speaker: v.speaker || null,
              occasion: v.occasion || null,
              tags: v.tags,
            })
            .then(
              () => {
                setQuoteDraft(null);
                message.success('已收藏到金句本');
                tags.reload();
              },
              (e: Error) => message.error(e.message),
            )
        }
      />
    </div>
  );
}
