// 放映: full screen, large type, one item per screen. Keys: → ↓ PageDown Space next, ← ↑ PageUp
// previous (presenter remotes send PageUp/PageDown), B black screen, Esc exits. Quiz slides are a
// quiz show: countdown, reveal answer, and team scores that persist across slides.
import { Alert, Spin } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/transport';
import { useApi } from '../../hooks/use-api';
import { navigate } from '../../hooks/use-hash-route';
import { buildSlides } from './slides';
import { QuizSlide } from './QuizSlide';
import { VERIFIED_MARK } from '../../../../electron/shared/handout-outline';

export function ProjectorPage({ id }: { id: number }) {
  const s = useApi(() => api.getSession({ id }), [id]);
  const [index, setIndex] = useState(0);
  const [black, setBlack] = useState(false);
  const [scores, setScores] = useState<number[]>([0, 0, 0]);
  const root = useRef<HTMLDivElement>(null);
  const slides = s.data ? buildSlides(s.data) : [];
  const count = slides.length;

  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    navigate('sessions', { id });
  }, [id]);

  useEffect(() => {
    root.current?.focus();
  }, [s.data]);

  // The 放映 button asked for full screen (it needs the click's user gesture). In full screen the
  // browser takes Esc itself and only reports leaving full screen, so leaving it also ends the show.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) navigate('sessions', { id });
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [id]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea') || (e.key === ' ' && target?.closest('button'))) return;
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) setIndex((i) => Math.min(i + 1, count - 1));
      else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) setIndex((i) => Math.max(i - 1, 0));
      else if (e.key === 'b' || e.key === 'B' || e.key === '.') setBlack((b) => !b);
      else if (e.key === 'Home') setIndex(0);
      else if (e.key === 'End') setIndex(count - 1);
      else if (e.key === 'Escape') exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, exit]);

  if (s.error) return <Alert type="error" message={s.error} />;
  if (!s.data) return <Spin />;
  const slide = slides[Math.min(index, count - 1)];
  return (
    <div
      ref={root}
      className={`projector${black ? ' black' : ''}`}
      tabIndex={-1}
      role="region"
      aria-label="放映"
      aria-roledescription="幻灯片放映"
    >
      {black ? (
        <div className="projector-black" aria-label="黑屏" />
      ) : (
        <div className="projector-slide" data-slide-kind={slide?.kind}>
          {slide?.kind === 'title' && (
            <div className="slide-title">
              <h1>{slide.title}</h1>
              <p>{slide.subtitle}</p>
            </div>
          )}
          {slide?.kind === 'text' && (
            <div className={`slide-text${slide.large ? ' large' : ''}`}>
              <div className="slide-label">{slide.label}</div>
              {slide.title && <h2>{slide.title}</h2>}
              {slide.body.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
              {slide.citation && <div className="slide-citation">{slide.citation}</div>}
              {slide.verified && <div className="slide-verified">{VERIFIED_MARK}</div>}
            </div>
          )}
          {slide?.kind === 'question' && (
            <div className="slide-text">
              <div className="slide-label">研讨题 {slide.number}</div>
              <h2 className="slide-question">{slide.text}</h2>
            </div>
          )}
          {slide?.kind === 'quiz' && (
            <QuizSlide
              key={index}
              number={slide.number}
              total={slide.total}
              item={slide.item}
              scores={scores}
              setScores={setScores}
            />
          )}
        </div>
      )}
      <div className="projector-footer" aria-live="polite">
        <span>
          {index + 1} / {count}
        </span>
        <span className="projector-help">← → 翻页　B 黑屏　Esc 退出</span>
      </div>
    </div>
  );
}
