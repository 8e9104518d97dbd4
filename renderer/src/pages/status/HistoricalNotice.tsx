// The reader's notice on a historical document (历史文献): why it is historical, and the switch
// that opts it in as study material (its 金句, 提法 and questions) — e.g. for 党史 study.
import { Alert, Space, Switch, Typography } from 'antd';
import type { DocumentFull } from '../../../../electron/contract/api';

export function HistoricalNotice({
  doc,
  optedIn,
  onOptIn,
}: {
  doc: Pick<DocumentFull, 'status' | 'statusNote'>;
  optedIn: boolean;
  onOptIn: (on: boolean) => void;
}) {
  if (doc.status !== '历史文献') return null;
  return (
    <Alert
      className="historical-notice"
      type="warning"
      showIcon
      message="历史文献"
      description={
        <Space direction="vertical" size={4}>
          <span>{doc.statusNote ?? '本文为历史文献，供阅读和检索，默认不作为学习材料。'}</span>
          <label className="no-print">
            <Space size={8}>
              <Switch size="small" checked={optedIn} onChange={onOptIn} aria-label="纳入学习材料" />
              <Typography.Text>纳入学习材料（其金句、提法和练习题将出现在学习功能中）</Typography.Text>
            </Space>
          </label>
        </Space>
      }
    />
  );
}
