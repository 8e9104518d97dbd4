// A file of speeches is split at each speech's head (its title, then its date or byline); nothing
// else is: a single speech, a report that names a speech, a title over its own subtitle.
import { describe, expect, test } from 'vitest';
import { speechStarts } from '../../../electron/core/content/speech-heads.js';

const body = [
  '同志们：',
  '今天召开这次会议，主要任务是总结工作、部署任务。',
  '我们要把各项工作抓紧抓实，确保取得实效。',
];

describe('speech heads', () => {
  test('two speeches, each under its title and date', () => {
    const lines = [
      '在全县春季农业生产工作会议上的讲话',
      '（2024年3月5日）',
      '县委书记　王建国',
      ...body,
      '在全县春季农业生产工作会议上的总结讲话',
      '（2024年3月5日）',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([0, 6]);
  });

  test('three speeches under bylines only, the dates in Chinese numerals', () => {
    const head = (who: string) => ['在全市安全生产工作会议上的讲话', `市长　${who}`];
    const lines = [
      ...head('陈志远'),
      ...body,
      ...head('李明华'),
      ...body,
      '在全市安全生产工作会议上的致辞',
      '二〇二四年五月八日',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([0, 5, 10]);
  });

  test('speeches under their titles and an address to their hearers only', () => {
    const lines = [
      '在全县教育工作会议上的讲话',
      ...body,
      '在全县教育工作会议上的总结讲话',
      '各位代表，同志们：',
      ...body.slice(1),
    ];
    expect(speechStarts(lines)).toEqual([0, 4]);
  });

  test('one speech stays one', () => {
    expect(speechStarts(['在全县春季农业生产工作会议上的讲话', '（2024年3月5日）', ...body])).toEqual([]);
  });

  test('a file that does not open on a speech is never split', () => {
    const lines = [
      '全县春季农业生产工作会议召开',
      '本报讯　3月5日，全县春季农业生产工作会议召开。',
      ...body,
      '在全县春季农业生产工作会议上的讲话',
      '（2024年3月5日）',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([]);
  });

  test('a speech title inside a speech without its own date, byline or address is not a head', () => {
    const lines = [
      '在全县春季农业生产工作会议上的讲话',
      '（2024年3月5日）',
      ...body,
      '关于贯彻落实上级会议精神的讲话',
      '我们要认真学习领会，结合实际抓好落实。',
      ...body.slice(1),
    ];
    expect(speechStarts(lines)).toEqual([]);
  });

  test('a title over its subtitle is one head, not two speeches', () => {
    const lines = [
      '在全县春季农业生产工作会议上的讲话',
      '在全县春季农业生产工作会议上的总结讲话',
      '（2024年3月5日）',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([]);
  });

  test('speeches under main titles, each over its occasion line in brackets or after ——', () => {
    const lines = [
      '坚持党建引领　推动高质量发展',
      '（2023年2月16日在全区组织工作会议上的讲话）',
      '张卫东',
      ...body,
      '凝心聚力　真抓实干',
      '（2023年2月16日在全区组织工作会议结束时的讲话）',
      '刘　洋',
      ...body,
      '把基层党组织建强建实',
      '——在全区组织工作会议上的总结讲话',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([0, 6, 12]);
  });

  test('a news headline over a prose line is no speech head', () => {
    const lines = [
      '坚持党建引领　推动高质量发展',
      '（2023年2月16日在全区组织工作会议上的讲话）',
      ...body,
      '会议精神在基层引起热烈反响',
      ...body,
    ];
    expect(speechStarts(lines)).toEqual([]);
  });
});
