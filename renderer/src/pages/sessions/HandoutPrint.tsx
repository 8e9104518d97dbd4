// The print-ready 学习材料汇编 (same outline as the DOCX). Web mode prints it with the browser
// (打印 → 另存为 PDF); the desktop app can hand this page to webContents.printToPDF.
import { Button, Space, Spin, Alert } from 'antd';
import { handoutOutline } from '../../../../electron/shared/handout-outline';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { navigate } from '../../hooks/use-hash-route';
import { printHandout } from './print-pdf';

export function HandoutPrint({ id }: { id: number }) {
  const s = useApi(() => api.getSession({ id }), [id]);
  if (s.error) return <Alert type="error" message={s.error} />;
  if (!s.data) return <Spin />;
  const o = handoutOutline(s.data);
  return (
    <div className="handout-page">
      <Space className="no-print handout-toolbar">
        <Button onClick={() => navigate('sessions', { id })}>返回学习专题</Button>
        <Button type="primary" onClick={() => void printHandout(o.title)}>
          打印 / 另存为 PDF
        </Button>
      </Space>
      <article className="handout" aria-label="学习材料汇编">
        <section className="handout-cover">
          <h1>{o.title}</h1>
          <p className="handout-subtitle">{o.subtitle}</p>
          {o.meta.map(([k, v]) => (
            <p key={k} className="handout-meta">
              {k}：{v}
            </p>
          ))}
        </section>
        <section className="handout-toc">
          <h2>目　录</h2>
          {o.sections.map((sec) => (
            <div key={sec.key}>
              <div className="toc-section">{sec.heading}</div>
              {sec.entries
                .filter((e) => e.toc)
                .map((e, i) => (
                  <div key={i} className="toc-entry">
                    {e.toc}
                  </div>
                ))}
            </div>
          ))}
          {o.answerKey && <div className="toc-section">{o.answerKey.heading}</div>}
        </section>
        {o.sections.map((sec, si) => (
          <section key={sec.key} className={`handout-section${si === 0 ? ' first' : ''}`}>
            <h2>{sec.heading}</h2>
            {sec.entries.map((e, i) => (
              <div key={i} className="handout-entry">
                {e.heading && <h3>{e.heading}</h3>}
                {e.paragraphs.map((p, j) => (
                  <p key={j}>{p}</p>
                ))}
                {(e.options ?? []).map((opt, j) => (
                  <div key={j} className="handout-option">
                    {opt}
                  </div>
                ))}
                {e.source && <div className="handout-source">{e.source}</div>}
              </div>
            ))}
          </section>
        ))}
        {o.answerKey && (
          <section className="handout-section handout-answers">
            <h2>{o.answerKey.heading}</h2>
            {o.answerKey.lines.map((l, i) => (
              <p key={i}>{l}</p>
            ))}
          </section>
        )}
      </article>
    </div>
  );
}
