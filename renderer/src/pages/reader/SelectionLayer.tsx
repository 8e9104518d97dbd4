// Over a text selection in the reader: the highlight toolbar, and the 收藏为金句 dialog it opens.
import { App } from 'antd';
import { useState } from 'react';
import type { DocumentFull, HighlightColor, TagInfo } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { SaveQuoteModal, type QuoteDraft } from '../../workspace/SaveQuoteModal';
import { SelectionToolbar } from '../../workspace/SelectionToolbar';
import type { TextSelection } from '../../workspace/selection';

export function SelectionLayer(props: {
  sel: TextSelection | null;
  doc: DocumentFull;
  shown: DocumentFull;
  colors: HighlightColor[];
  tags: TagInfo[];
  onColor(key: string): void;
  onQuoteSaved(): void;
}) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<QuoteDraft | null>(null);
  const { sel, doc: d, shown } = props;
  // Highlights are offsets into the original: only where 简体显示 kept the paragraph's length.
  const misaligned = (i: number) => shown !== d && shown.paragraphs[i]?.text.length !== d.paragraphs[i]?.text.length;
  return (
    <>
      {sel && (
        <SelectionToolbar
          sel={sel}
          colors={props.colors}
          disabled={misaligned(sel.paragraph)}
          onColor={props.onColor}
          onQuote={() => setDraft({ text: sel.text, paragraph: sel.paragraph })}
        />
      )}
      <SaveQuoteModal
        draft={draft}
        doc={d}
        tags={props.tags}
        onCancel={() => setDraft(null)}
        onSave={(v) =>
          void api
            .saveQuote({
              docId: d.id,
              paragraph: draft?.paragraph,
              text: v.text,
              speaker: v.speaker || null,
              occasion: v.occasion || null,
              tags: v.tags,
            })
            .then(
              () => {
                setDraft(null);
                message.success('已收藏到金句本');
                props.onQuoteSaved();
              },
              (e: Error) => message.error(e.message),
            )
        }
      />
    </>
  );
}
