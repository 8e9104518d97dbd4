// The top of the reader: title (with hits), type, the 历史文献 label and notice (with the switch that
// opts the document in as study material), 出处 (讲话人、场合、日期 from the document's metadata),
// 全文加入学习专题, the reading controls and the document's tags.
import { Space, Tag, Typography } from 'antd';
import type { DocumentFull, TagInfo } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { Highlighted } from '../../highlight';
import { DocumentTags } from '../../workspace/DocumentTags';
import { ReaderControls } from '../../workspace/ReaderControls';
import type { ReaderPrefs } from '../../workspace/reader-prefs';
import { AddToSessionButton } from '../sessions/AddToSessionButton';
import { HistoricalNotice } from '../status/HistoricalNotice';
import { StatusTag } from '../status/StatusTag';

export function ReaderHeader(props: {
  doc: DocumentFull;
  shown: DocumentFull;
  titleMarks: [number, number][];
  prefs: ReaderPrefs;
  setPrefs(p: Partial<ReaderPrefs>): void;
  starred: boolean;
  studyOptIn: boolean;
  docTags: string[];
  tags: TagInfo[];
  simplified: boolean;
  onSimplified(v: boolean): void;
  /** The document's state (starred, tags) changed. */
  onStateChanged(): void;
  onTagsChanged(): void;
}) {
  const { doc: d, shown } = props;
  return (
    <>
      <Typography.Title level={2} className="reader-title">
        <Highlighted text={shown.title} marks={shown.title.length === d.title.length ? props.titleMarks : []} />
      </Typography.Title>
      <Space wrap className="reader-meta">
        <Tag color="red">{d.type}</Tag>
        <StatusTag status={d.status} note={d.statusNote} />
        <Typography.Text type="secondary" className="citation">
          出处：{shown.citation}
        </Typography.Text>
        <AddToSessionButton item={{ kind: 'document', docId: d.id }} label="全文加入学习专题" />
      </Space>
      <HistoricalNotice
        doc={d}
        optedIn={props.studyOptIn}
        onOptIn={(on) => void api.setDocumentState({ docId: d.id, studyOptIn: on }).then(props.onStateChanged)}
      />
      <ReaderControls
        prefs={props.prefs}
        setPrefs={props.setPrefs}
        starred={props.starred}
        onStar={() => void api.setDocumentState({ docId: d.id, starred: !props.starred }).then(props.onStateChanged)}
        traditional={d.script === 'traditional'}
        simplified={props.simplified}
        onSimplified={props.onSimplified}
      />
      <DocumentTags
        docId={d.id}
        value={props.docTags}
        tags={props.tags}
        onChanged={() => {
          props.onStateChanged();
          props.onTagsChanged();
        }}
      />
    </>
  );
}
