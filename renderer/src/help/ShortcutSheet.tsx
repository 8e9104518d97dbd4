// The shortcut sheet: a table of every shortcut (also embedded in 帮助 and 设置), and the modal
// that F1, ? and the 帮助 menu open from anywhere.
import { Col, Modal, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { SHOW_SHORTCUTS } from './help-events';
import { keyLabel, SHORTCUTS } from './shortcuts';
import './help.css';

export function ShortcutTable() {
  return (
    <Row gutter={[24, 8]} className="shortcut-sheet">
      {SHORTCUTS.map((g) => (
        <Col key={g.title} xs={24} md={12}>
          <Typography.Title level={5}>{g.title}</Typography.Title>
          <table className="shortcut-table">
            <tbody>
              {g.items.map((s) => (
                <tr key={s.what}>
                  <td className="shortcut-keys">
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' / '}
                        <kbd>{keyLabel(k)}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{s.what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Col>
      ))}
    </Row>
  );
}

export function ShortcutSheetModal() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(SHOW_SHORTCUTS, show);
    return () => window.removeEventListener(SHOW_SHORTCUTS, show);
  }, []);
  return (
    <Modal
      open={open}
      title="快捷键"
      width={820}
      footer={null}
      onCancel={() => setOpen(false)}
      destroyOnHidden
      className="shortcut-modal"
    >
      <ShortcutTable />
    </Modal>
  );
}
