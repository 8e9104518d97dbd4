// The reader's annotation actions: highlight the selection, delete with undo (toast link and
// Ctrl+Z), and keys 1–9 toggling coloured tags on the selected highlight, else on the document.
import { App } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import type { Annotation } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { isTyping } from '../../hooks/is-typing';
import { useShortcut } from '../../hooks/use-shortcut';
import type { TextSelection } from '../../workspace/selection';
import { DELETED_KEY, showDeletedToast } from '../annotations/deleted-toast';

export function useAnnotationActions(o: {
  docId: string;
  sel: TextSelection | null;
  items: Annotation[];
  active: Annotation | null;
  onCreated(a: Annotation): void;
  onDeleted(): void;
  reloadAnnotations(): void;
  /** After a tag toggle: the document's state and the tag lists changed. */
  reloadTags(): void;
}) {
  const { message } = App.useApp();
  const lastDeleted = useRef<number | null>(null);
  const { docId, sel, items, active, reloadAnnotations, reloadTags } = o;

  const annotate = async (color: string) => {
    if (!sel) return;
    try {
      const a = await api.createAnnotation({ docId, paragraph: sel.paragraph, start: sel.start, end: sel.end, color });
      window.getSelection()?.removeAllRanges();
      o.onCreated(a);
      reloadAnnotations();
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  const restore = useCallback(
    async (id: number, toast: string | null) => {
      await api.restoreAnnotation({ id });
      lastDeleted.current = null;
      message.destroy(DELETED_KEY);
      if (toast) message.info(toast);
      reloadAnnotations();
    },
    [message, reloadAnnotations],
  );

  const remove = async (a: Annotation) => {
    await api.deleteAnnotation({ id: a.id });
    lastDeleted.current = a.id;
    o.onDeleted();
    reloadAnnotations();
    showDeletedToast(message, () => void restore(a.id, null));
  };
  useShortcut('mod+z', () => lastDeleted.current !== null && void restore(lastDeleted.current, '已恢复标注'));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !/^[1-9]$/.test(e.key) || isTyping(e.target)) return;
      e.preventDefault();
      const slot = Number(e.key);
      const selected = sel
        ? items.find((a) => a.paragraph === sel.paragraph && a.start < sel.end && sel.start < a.end)
        : null;
      const target = selected ?? active;
      const call = target
        ? api.toggleColoredTag({ kind: 'annotation', id: target.id, slot })
        : api.toggleColoredTag({ kind: 'document', id: docId, slot });
      call.then(
        (r) => {
          message.success(`${r.on ? '已添加' : '已移除'}标签“${r.tag}”${target ? '（标注）' : '（本文）'}`);
          reloadTags();
          reloadAnnotations();
        },
        (err: Error) => message.warning(err.message),
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return { annotate, remove };
}
