// The first-run guide: a few skippable screens shown once on first start (remembered in the user
// settings as the 'tour' hint) and reopened from 帮助, the 帮助 menu or 设置 › 提示与引导.
import { Button, Modal, Space, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSettings } from '../settings-context';
import { SHOW_TOUR } from './help-events';
import { TOUR_STEPS } from './tour-steps';

export const TOUR_HINT = 'tour';

export function FirstRunTour() {
  const { settings, loaded, update } = useSettings();
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState(0);
  const seen = settings.seenHints.includes(TOUR_HINT);
  useEffect(() => {
    if (loaded && !seen) setOpen(true);
  }, [loaded, seen]);
  useEffect(() => {
    const show = () => {
      setStep(0);
      setOpen(true);
    };
    window.addEventListener(SHOW_TOUR, show);
    return () => window.removeEventListener(SHOW_TOUR, show);
  }, []);
  const close = () => {
    setOpen(false);
    if (!seen) void update({ seenHints: [...settings.seenHints, TOUR_HINT] });
  };
  const last = step === TOUR_STEPS.length - 1;
  const s = TOUR_STEPS[step]!;
  return (
    <Modal
      open={open}
      title="新手引导"
      width={640}
      onCancel={close}
      className="tour-modal"
      footer={
        <Space>
          {!last && <Button onClick={close}>跳过引导</Button>}
          {step > 0 && <Button onClick={() => setStep(step - 1)}>上一步</Button>}
          <Button type="primary" onClick={() => (last ? close() : setStep(step + 1))}>
            {last ? '开始使用' : '下一步'}
          </Button>
        </Space>
      }
    >
      <Steps size="small" current={step} items={TOUR_STEPS.map(() => ({}))} className="tour-steps" />
      <Typography.Title level={4} className="tour-title">
        {s.title}
      </Typography.Title>
      {s.lines.map((l) => (
        <Typography.Paragraph key={l}>{l}</Typography.Paragraph>
      ))}
      <Typography.Text type="secondary">
        第 {step + 1} / {TOUR_STEPS.length} 页
      </Typography.Text>
    </Modal>
  );
}
