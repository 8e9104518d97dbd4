// 标签: the tag tree with counts; per tag its documents, colour (keys 1–9) and rename/merge/
// delete; bulk add/remove a tag on all results of a search; rename the highlight colours.
import { Card, Col, Empty, Row, Space, Tag, Tree, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { buildTagTree, type TagNode } from '../workspace/tag-tree';
import { useTags } from '../workspace/use-workspace-data';
import { BulkTagSearch } from './tags/BulkTagSearch';
import { ColorLabels } from './tags/ColorLabels';
import { TagDetail } from './tags/TagDetail';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

const toTreeData = (nodes: TagNode[]): TreeItem[] =>
  nodes.map((n) => ({
    key: n.key,
    title: (
      <span className="tag-node">
        {n.tag?.color && <span className="swatch" style={{ background: n.tag.color }} />}
        <span className="tag-name">{n.name}</span>
        <span className="tag-count">{n.total}</span>
        {n.tag?.slot && <Tag className="slot">键 {n.tag.slot}</Tag>}
      </span>
    ),
    children: toTreeData(n.children),
  }));

export function TagsPage({ initialQuery = '' }: { initialQuery?: string }) {
  const tags = useTags();
  const [selected, setSelected] = useState<string | null>(null);
  const treeData = useMemo(() => toTreeData(buildTagTree(tags.items)), [tags.items]);
  return (
    <section className="page tags-page">
      <Typography.Title level={2}>标签</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={10}>
          <Card size="small" title={`标签树（${tags.items.length}）`}>
            {tags.items.length ? (
              <Tree
                className="tag-tree"
                defaultExpandAll
                treeData={treeData}
                selectedKeys={selected ? [selected] : []}
                onSelect={(keys) => setSelected((keys[0] as string | undefined) ?? null)}
              />
            ) : (
              <Empty description="还没有标签。在阅读、标注或金句中添加标签后会出现在这里。" />
            )}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {selected && (
              <TagDetail
                name={selected}
                tag={tags.items.find((t) => t.name === selected) ?? null}
                onChanged={(n) => {
                  setSelected(n);
                  tags.reload();
                }}
              />
            )}
            <BulkTagSearch initialQuery={initialQuery} onDone={tags.reload} />
            <ColorLabels />
          </Space>
        </Col>
      </Row>
    </section>
  );
}
