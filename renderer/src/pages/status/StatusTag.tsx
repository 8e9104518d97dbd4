// The 历史文献 label shown wherever a historical document's text appears (library, search hits,
// reader, 金句, handouts, slides); its note is the tooltip. Current documents show nothing.
import { Tag } from 'antd';
import type { DocStatus } from '../../../../electron/contract/api';

export function StatusTag({ status, note }: { status: DocStatus | undefined; note?: string | null }) {
  if (status !== '历史文献') return null;
  return (
    <Tag className="status-tag" color="default" title={note ?? '历史文献：可阅读、检索，默认不作为学习材料。'}>
      历史文献
    </Tag>
  );
}
