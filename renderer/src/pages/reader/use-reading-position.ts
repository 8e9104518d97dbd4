// Where the reader opens, and remembering where the user got to: an annotation or paragraph named
// by the route first, else (when no hit is being shown) the last reading position; the first
// visible paragraph is saved as the reading position while scrolling (debounced).
import { useEffect, useRef, type RefObject } from 'react';
import type { Annotation } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { flash } from '../../workspace/selection';

export function useReadingPosition(opts: {
  id: string;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** Set once the document, its annotations and its state have loaded. */
  ready: { annotations: Annotation[]; readingPosition: number | null } | null;
  annotationId?: number;
  paragraph?: number;
  /** A hit is shown: it decides the scroll position. */
  showingHit: boolean;
  onActivate(annotationId: number): void;
}): void {
  const { id, bodyRef, ready, annotationId, paragraph, showingHit, onActivate } = opts;
  const restored = useRef(false);
  useEffect(() => {
    restored.current = false;
  }, [id]);

  useEffect(() => {
    if (!ready || restored.current) return;
    restored.current = true;
    requestAnimationFrame(() => {
      if (annotationId) {
        const a = ready.annotations.find((x) => x.id === annotationId);
        onActivate(annotationId);
        flash(
          document.querySelector(`mark.ann[data-ann-id="${annotationId}"]`) ??
            (a ? document.getElementById(`p-${a.paragraph}`) : null),
        );
      } else if (paragraph !== undefined && !showingHit) {
        flash(document.getElementById(`p-${paragraph}`));
      } else if (!showingHit && ready.readingPosition) {
        document.getElementById(`p-${ready.readingPosition}`)?.scrollIntoView({ block: 'start' });
      }
    });
  }, [ready, annotationId, paragraph, showingHit, onActivate]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ps = Array.from(bodyRef.current?.querySelectorAll<HTMLElement>('[data-paragraph]') ?? []);
        const first = ps.find((p) => p.getBoundingClientRect().bottom > 80);
        if (first)
          void api.setDocumentState({ docId: id, readingPosition: Number(first.dataset.paragraph) }).catch(() => {});
      }, 600);
    };
    window.addEventListener('scroll', onScroll, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll, true);
    };
  }, [id, bodyRef]);
}
