// Deletes an annotation and offers 撤销 in the message for a few seconds (the core keeps the
// row restorable), reloading the page's lists after each step.
import { App } from 'antd';
import type { Annotation } from '../../../../electron/contract/api';
import { api } from '../../api/transport';

export function useDeleteAnnotation(reload: () => void) {
  const { message } = App.useApp();
  return async (a: Annotation) => {
    await api.deleteAnnotation({ id: a.id });
    reload();
    message.open({
      key: 'ann-deleted',
      type: 'success',
      duration: 8,
      content: (
        <span>
          已删除标注{' '}
          <a
            className="undo-link"
            onClick={() =>
              void api.restoreAnnotation({ id: a.id }).then(() => {
                message.destroy('ann-deleted');
                reload();
              })
            }
          >
            撤销
          </a>
        </span>
      ),
    });
  };
}
