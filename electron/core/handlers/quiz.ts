// Handlers for quizzes and spaced review (issue 6), backed by electron/core/quiz/*.
import type { CoreContext } from '../context.js';
import type { ApiHandlers } from '../dispatch.js';
import { deleteItem, generateAndSave, listItems, saveItem } from '../quiz/bank.js';
import { suggestBlanks } from '../quiz/generate-highlights.js';
import { importBankFile } from '../imports/bank-import.js';
import { answer, daily, exam, mistakes, setNewPerDay, topic } from '../quiz/practice.js';
import { quizStats } from '../quiz/stats.js';
import { getItem } from '../quiz/store.js';

type QuizMethods =
  | 'quizGenerate'
  | 'quizList'
  | 'quizGet'
  | 'quizSave'
  | 'quizDelete'
  | 'quizDaily'
  | 'quizTopic'
  | 'quizExam'
  | 'quizAnswer'
  | 'quizMistakes'
  | 'quizStats'
  | 'quizImport'
  | 'quizExport'
  | 'quizSetSettings'
  | 'quizSuggestBlanks';

export function quizHandlers(ctx: CoreContext): Pick<ApiHandlers, QuizMethods> {
  return {
    quizGenerate: (a) => generateAndSave(ctx, a),
    quizList: (a) => listItems(ctx, a),
    quizGet: (a) => getItem(ctx, a.id),
    quizSave: (a) => saveItem(ctx, a),
    quizDelete: (a) => deleteItem(ctx, a.id),
    quizDaily: (a) => daily(ctx, a),
    quizTopic: (a) => topic(ctx, a),
    quizExam: (a) => exam(ctx, a),
    quizAnswer: (a) => answer(ctx, a),
    quizMistakes: (a) => mistakes(ctx, a),
    quizStats: (a) => quizStats(ctx, a.days),
    quizImport: (a) => importBankFile(ctx, a),
    // Exporters (Word, Anki, spreadsheets) load when first used, not at start-up.
    quizExport: async (a) => (await import('../quiz/export.js')).exportQuiz(ctx, a),
    quizSetSettings: (a) => setNewPerDay(ctx, a.newPerDay),
    quizSuggestBlanks: (a) => ({ blanks: suggestBlanks(a.text, a.max) }),
  };
}
