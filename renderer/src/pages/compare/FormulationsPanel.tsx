// 新提法 panel: formulations of the newer document that the older one lacks, and those that
// disappeared, each with its first use in the whole library.
import { Alert, Col, Empty, List, Row, Typography } from 'antd';
import type { Comparison } from '../../../../electron/contract/api';
import { FormulationItem } from './FormulationItem';

export function FormulationsPanel({ c }: { c: Comparison }) {
  const f = c.formulations;
  return (
    <div className="formulations-panel">
      <Alert
        type="info"
        showIcon
        className="no-print"
        message={`候选提法来源：${f.source}。“首次出现”按全书库（含导入文档）的最早出处计算。`}
      />
      <Row gutter={24}>
        <Col xs={24} lg={12} role="region" aria-label="新提法">
          <Typography.Title level={4}>新提法（{f.added.length}）</Typography.Title>
          <List
            size="small"
            dataSource={f.added}
            locale={{ emptyText: <Empty description="没有新提法" /> }}
            renderItem={(x) => <FormulationItem f={x} docId={c.newer.id} isNew />}
          />
        </Col>
        <Col xs={24} lg={12} role="region" aria-label="不再出现的提法">
          <Typography.Title level={4}>不再出现（{f.removed.length}）</Typography.Title>
          <List
            size="small"
            dataSource={f.removed}
            locale={{ emptyText: <Empty description="没有" /> }}
            renderItem={(x) => <FormulationItem f={x} docId={c.older.id} isNew={false} />}
          />
        </Col>
      </Row>
    </div>
  );
}
