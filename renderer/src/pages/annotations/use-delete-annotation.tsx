// Deletes an annotation and offers 撤销 in the message for a few seconds (the core keeps the
// row restorable), reloading the page's lists after each step.
import { App } from 'antd';
import type { Annotation } from '../../../../electron/contract/api';
import { api } from '../../api/transport';
import { DELETED_KEY, showDeletedToast } from './deleted-toast';

export function useDeleteAnnotation(reload: () => void) {
  const { message } = App.useApp();
  return async (a: Annotation) => {
    await api.deleteAnnotation({ id: a.id });
    reload();
    showDeletedToast(
      message,
      () =>
        void api.restoreAnnotation({ id: a.id }).then(() => {
          message.destroy(DELETED_KEY);
          reload();
        }),
    );
  };
}
