// Keeps the generated styles of the search page's antd components alive: antd (cssinjs) drops a
// component's style cache when its last instance unmounts, so every visit to 搜索 from a page
// without them regenerated and re-inserted those styles (and restyled the whole document) inside
// the frame that shows the results. One hidden instance of each keeps the cache warm.
import { Alert, Card, List, Popover, Segmented, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { memo } from 'react';

export const KeepSearchStyles = memo(function KeepSearchStyles() {
  return (
    <div hidden aria-hidden className="no-print">
      <Typography.Title level={2} />
      <Typography.Text />
      <Space />
      <Tabs items={[]} />
      <Segmented options={[]} />
      <Card size="small" />
      <Tag />
      <List dataSource={[]} />
      <Spin spinning={false} />
      <Alert />
      <Popover>
        <span />
      </Popover>
    </div>
  );
});
