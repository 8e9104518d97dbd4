// 题库: browse and filter questions, write and edit them, generate from the library, import
// banks (Word / WPS / text / JSON / CSV / Excel / Anki text and .apkg) and export papers.
import { QUIZ_KINDS } from '../../../../electron/shared/enums';
import { Alert, App, Button, Input, Popconfirm, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import type { QuizImportResult, QuizItem, QuizKind } from '../../../../electron/contract/api';
import { api, fileRef } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { BankImportReport } from './BankImportReport';
import { ExportButtons } from './ExportButtons';
import { QuestionEditor } from './QuestionEditor';
import { correctAnswerText, sourceHref } from './quiz-text';

export function BankPanel() {
  const { message } = App.useApp();
  const [kind, setKind] = useState<QuizKind | undefined>();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [tick, setTick] = useState(0);
  const [editing, setEditing] = useState<QuizItem | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const [selected, setSelected] = useState<number[]>([]);
  const [report, setReport] = useState<(QuizImportResult & { name: string }) | null>(null);
  const list = useApi(
    () => api.quizList({ kind, query: query || undefined, offset: (page - 1) * 20, limit: 20 }),
    [kind, query, page, tick],
  );

  const generate = async () => {
    const r = await api.quizGenerate({ count: 300 });
    message.success(`生成 ${r.generated} 题，新增 ${r.saved} 题（${r.duplicates} 题已存在）`);
    setTick((t) => t + 1);
  };
  const importFile = async (file: File) => {
    try {
      const r = await api.quizImport(await fileRef(file));
      setReport({ ...r, name: file.name });
      setTick((t) => t + 1);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
    return false;
  };
  const remove = async (id: number) => {
    await api.quizDelete({ id });
    setTick((t) => t + 1);
  };

  return (
    <div className="quiz-panel">
      <Space wrap className="no-print quiz-filters">
        <Select
          allowClear
          placeholder="题型"
          style={{ width: 110 }}
          value={kind}
          onChange={(v) => (setKind(v), setPage(1))}
          options={QUIZ_KINDS.map((k) => ({ value: k, label: k }))}
          aria-label="筛选题型"
        />
        <Input.Search
          placeholder="搜索题目"
          allowClear
          style={{ width: 220 }}
          onSearch={(v) => (setQuery(v), setPage(1))}
          aria-label="搜索题目"
        />
        <Button type="primary" onClick={() => (setEditing(null), setEditorOpen(true))}>
          新建题目
        </Button>
        <Button onClick={generate}>从书库生成题目</Button>
        <Upload
          accept=".docx,.doc,.wps,.pdf,.html,.htm,.mht,.mhtml,.txt,.md,.json,.csv,.xlsx,.xls,.tsv,.apkg"
          showUploadList={false}
          beforeUpload={importFile}
        >
          <Button>导入题库</Button>
        </Upload>
        {selected.length > 0 && <ExportButtons ids={selected} title="学习测验" />}
      </Space>
      {report && <BankImportReport report={report} onClose={() => setReport(null)} />}
      {list.error && <Alert type="error" showIcon message={list.error} />}
      <Table<QuizItem>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as number[]),
          preserveSelectedRowKeys: true,
        }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 题`,
        }}
        columns={[
          { title: '题型', dataIndex: 'kind', width: 70, render: (k: string) => <Tag color="red">{k}</Tag> },
          {
            title: '题目',
            render: (_, i) => (
              <span className="quiz-bank-stem">
                {i.kind === '填空' ? `${i.stem}${i.fact}` : i.stem.replace('\n', ' ')}
              </span>
            ),
          },
          { title: '答案', width: 180, render: (_, i) => correctAnswerText(i) },
          { title: '标签', width: 130, render: (_, i) => i.tags.map((t) => <Tag key={t}>{t}</Tag>) },
          {
            title: '操作',
            width: 150,
            render: (_, i) => {
              const href = sourceHref(i);
              return (
                <Space size="small">
                  <a onClick={() => (setEditing(i), setEditorOpen(true))}>编辑</a>
                  <Popconfirm title="删除这道题？" okText="删除" cancelText="取消" onConfirm={() => remove(i.id)}>
                    <a>删除</a>
                  </Popconfirm>
                  {href && <a href={href}>原文</a>}
                </Space>
              );
            },
          },
        ]}
      />
      <QuestionEditor
        item={editing}
        open={editorOpen}
        onClose={(saved) => (setEditorOpen(false), saved && setTick((t) => t + 1))}
      />
    </div>
  );
}
