// The 已删除标注 message with its 撤销 link, shown after an annotation is deleted anywhere.
import type { App } from 'antd';

type MessageApi = ReturnType<typeof App.useApp>['message'];

export const DELETED_KEY = 'ann-deleted';

export function showDeletedToast(message: MessageApi, onUndo: () => void) {
  message.open({
    key: DELETED_KEY,
    type: 'success',
    duration: 8,
    content: (
      <span>
        已删除标注{' '}
        <a className="undo-link" onClick={onUndo}>
          撤销
        </a>
      </span>
    ),
  });
}
