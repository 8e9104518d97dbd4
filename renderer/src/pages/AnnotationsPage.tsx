// 标注: every annotation across the library, filtered by colour, tag, document, type, date and
// text (notes and highlighted passages); jump to the passage; edit, delete with undo; export.
import { DOC_TYPES } from '../../../electron/shared/enums';
import { Alert, App, Button, Card, DatePicker, Empty, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Annotation, DocType } from '../../../electron/contract/api';
import { api } from '../api/transport';
import { useApi } from '../hooks/use-api';
import { useDebounced } from '../hooks/use-debounced';
import { routeHref } from '../hooks/use-hash-route';
import { AnnotationEditor, editorKey } from '../workspace/AnnotationEditor';
import { downloadFile } from '../download';
import { useHighlightColors, useTags } from '../workspace/use-workspace-data';
import { AddToSessionButton } from './sessions/AddToSessionButton';
import { AnnotationQuestionButton } from './quiz/AnnotationQuestion';

export function AnnotationsPage() {
  const { message } = App.useApp();
  const colors = useHighlightColors();
  const tags = useTags();
  const [color, setColor] = useState<string>();
  const [tag, setTag] = useState<string>();
  const [docId, setDocId] = useState<string>();
  const [docType, setDocType] = useState<DocType>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [query, setQuery] = useState('');
  const [placement, setPlacement] = useState<'all' | 'orphaned'>('all');
  const [groupBy, setGroupBy] = useState<'document' | 'tag'>('document');
  const [editing, setEditing] = useState<Annotation | null>(null);
  const q = useDebounced(query, 250);
  const from = range?.[0]?.format('YYYY-MM-DD');
  const to = range?.[1]?.format('YYYY-MM-DD');
  const list = useApi(
    () =>
      api.listAnnotations({
        color,
        tag,
        docId,
        docType,
        from,
        to,
        query: q || undefined,
        orphaned: placement === 'orphaned' ? true : undefined,
        limit: 2000,
      }),
    [color, tag, docId, docType, from, to, q, placement],
  );
  // Document options come from every annotation, not only the filtered ones.
  const allDocs = useApi(() => api.listAnnotations({ limit: 2000 }), []);
  const docOptions = [
    ...new Map((allDocs.data?.items ?? []).map((a) => [a.docId, a.docTitle ?? a.docId])).entries(),
  ].map(([value, label]) => ({ value, label }));

  const reload = () => {
    list.reload();
    allDocs.reload();
    tags.reload();
  };
  const remove = async (a: Annotation) => {
    await api.deleteAnnotation({ id: a.id });
    reload();
    message.open({
      key: 'ann-deleted',
      type: 'success',
      duration: 8,
      content: (
        <span>
          已删除标注{' '}
          <a
            className="undo-link"
            onClick={() =>
              void api.restoreAnnotation({ id: a.id }).then(() => {
                message.destroy('ann-deleted');
                reload();
              })
            }
          >
            撤销
          </a>
        </span>
      ),
    });
  };
  const [bulkTag, setBulkTag] = useState('');
  const bulk = async (remove: boolean) => {
    const ids = (list.data?.items ?? []).map((a) => a.id);
    const tag = bulkTag.trim();
    const r = await api.tagItems({ kind: 'annotation', ids, add: remove ? [] : [tag], remove: remove ? [tag] : [] });
    message.success(`${remove ? '已移除' : '已添加'}标签“${tag}”：${r.changed} 条标注`);
    reload();
  };
  const exportAs = async (format: 'md' | 'docx') => {
    try {
      downloadFile(await api.exportAnnotations({ format, groupBy, color, tag, docId }));
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  return (
    <section className="page annotations-page">
      <Typography.Title level={2}>标注</Typography.Title>
      <Card size="small" className="filters no-print">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder="搜索批注和划线文字"
            aria-label="搜索标注"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            style={{ width: '15em' }}
          />
          <Select
            allowClear
            placeholder="颜色"
            aria-label="按颜色筛选"
            value={color}
            onChange={setColor}
            style={{ minWidth: 130 }}
            options={colors.items.map((c) => ({
              value: c.key,
              label: (
                <span>
                  <span className="swatch" style={{ background: c.color }} />
                  {c.label}
                </span>
              ),
            }))}
          />
          <Select
            allowClear
            showSearch
            placeholder="标签"
            aria-label="按标签筛选"
            value={tag}
            onChange={setTag}
            style={{ minWidth: 140 }}
            options={tags.items.map((t) => ({ value: t.name, label: t.name }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="文档"
            aria-label="按文档筛选"
            value={docId}
            onChange={setDocId}
            style={{ minWidth: 200, maxWidth: 320 }}
            options={docOptions}
          />
          <Select
            allowClear
            placeholder="类型"
            aria-label="按类型筛选"
            value={docType}
            onChange={setDocType}
            style={{ minWidth: 110 }}
            options={DOC_TYPES.map((t) => ({ value: t, label: t }))}
          />
          <DatePicker.RangePicker
            aria-label="按日期筛选"
            value={range}
            onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)}
          />
          <Select
            aria-label="定位状态"
            value={placement}
            onChange={setPlacement}
            options={[
              { value: 'all', label: '全部标注' },
              { value: 'orphaned', label: '仅未定位' },
            ]}
          />
        </Space>
        <Space wrap className="export-bar">
          <Typography.Text type="secondary">导出当前筛选：</Typography.Text>
          <Select
            aria-label="导出分组"
            value={groupBy}
            onChange={setGroupBy}
            options={[
              { value: 'document', label: '按文档和颜色分组' },
              { value: 'tag', label: '按标签分组' },
            ]}
          />
          <Button onClick={() => void exportAs('md')}>导出 Markdown</Button>
          <Button onClick={() => void exportAs('docx')}>导出 Word</Button>
        </Space>
        <Space wrap className="export-bar">
          <Typography.Text type="secondary">批量标签：</Typography.Text>
          <Input
            aria-label="批量标注标签"
            placeholder="标签，例如：专题/乡村振兴"
            value={bulkTag}
            onChange={(e) => setBulkTag(e.target.value)}
            style={{ width: '14em' }}
          />
          <Button disabled={!bulkTag.trim() || !list.data?.items.length} onClick={() => void bulk(false)}>
            加到当前筛选的全部标注
          </Button>
          <Button disabled={!bulkTag.trim() || !list.data?.items.length} onClick={() => void bulk(true)}>
            从中移除
          </Button>
        </Space>
      </Card>
      {list.error && <Alert type="error" showIcon message={list.error} />}
      {list.data && (
        <Typography.Paragraph type="secondary" className="result-count">
          共 <b className="annotation-total">{list.data.total}</b> 条标注
          {list.data.orphaned > 0 && `，其中 ${list.data.orphaned} 条未定位`}
        </Typography.Paragraph>
      )}
      <List
        className="annotation-list"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description="还没有标注。在阅读时选中文字即可划线标注。" /> }}
        renderItem={(a) => {
          const c = colors.byKey.get(a.color);
          return (
            <List.Item
              key={a.id}
              className="annotation-item"
              actions={[
                <Button key="edit" size="small" type="link" className="no-print" onClick={() => setEditing(a)}>
                  编辑
                </Button>,
                <Button key="del" size="small" type="link" danger className="no-print" onClick={() => void remove(a)}>
                  删除
                </Button>,
                <AddToSessionButton key="session" item={{ kind: 'excerpt', annotationId: a.id }} />,
                <AnnotationQuestionButton key="quiz" a={a} />,
              ]}
            >
              <div className="annotation-body">
                <div>
                  <span className="swatch" style={{ background: c?.color }} />
                  <Typography.Text type="secondary">{c?.label}</Typography.Text>
                  {a.orphaned && (
                    <Tag color="orange" style={{ marginLeft: 8 }}>
                      未定位
                    </Tag>
                  )}
                </div>
                <blockquote className="annotation-text" style={{ borderColor: c?.color }}>
                  {a.text}
                </blockquote>
                {a.note && <p className="annotation-note">{a.note}</p>}
                <Space wrap size={4}>
                  {a.tags.map((t) => (
                    <Tag key={t}>{t}</Tag>
                  ))}
                  <a className="annotation-source" href={routeHref('reader', { id: a.docId, a: a.id })}>
                    {a.citation || a.docTitle || a.docId}
                    {!a.orphaned && ` 第${a.paragraph + 1}段`}
                  </a>
                </Space>
              </div>
            </List.Item>
          );
        }}
      />
      <Modal
        open={editing !== null}
        footer={null}
        onCancel={() => setEditing(null)}
        title={null}
        closable={false}
        destroyOnHidden
      >
        {editing && (
          <AnnotationEditor
            key={editorKey(editing)}
            annotation={editing}
            colors={colors.items}
            tags={tags.items}
            onClose={() => setEditing(null)}
            onDelete={() => {
              void remove(editing);
              setEditing(null);
            }}
            onSave={(patch) =>
              void api.updateAnnotation({ id: editing.id, ...patch }).then(() => {
                setEditing(null);
                message.success('标注已保存');
                reload();
              })
            }
          />
        )}
      </Modal>
    </section>
  );
}
