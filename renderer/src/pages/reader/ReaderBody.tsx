// The paragraphs of the document with the user's highlights and the search hits (current hit
// marked). Offsets are into the original text, so in 简体显示 they are shown only where the
// conversion kept a paragraph's length.
import type { Annotation, DocumentFull, HighlightColor } from '../../../../electron/contract/api';
import { AnnotatedText } from '../../workspace/AnnotatedText';
import type { HitSpan } from './use-reader-hits';

export function ReaderBody(props: {
  original: DocumentFull;
  shown: DocumentFull;
  annotations: Map<number, Annotation[]>;
  hits: Map<number, [number, number][]>;
  current: HitSpan | null;
  colors: Map<string, HighlightColor>;
  activeId: number | null;
  onPick(a: Annotation): void;
}) {
  const { original: d, shown } = props;
  const sameLength = (i: number) => shown.paragraphs[i]?.text.length === d.paragraphs[i]?.text.length;
  return (
    <>
      {shown.paragraphs.map((p, i) => {
        const usable = shown === d || sameLength(i);
        const content = (
          <AnnotatedText
            text={p.text}
            annotations={usable ? (props.annotations.get(i) ?? []) : []}
            hits={usable ? (props.hits.get(i) ?? []) : []}
            current={props.current?.paragraph === i ? [props.current.start, props.current.end] : null}
            colors={props.colors}
            activeId={props.activeId}
            onPick={props.onPick}
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
    </>
  );
}

/** Copy gives the selected text followed by its 出处 line. */
export function copyWithCitation(e: React.ClipboardEvent, citation: string): void {
  const text = window.getSelection()?.toString() ?? '';
  if (!text) return;
  e.preventDefault();
  e.clipboardData.setData('text/plain', `${text}\n——${citation}`);
}
