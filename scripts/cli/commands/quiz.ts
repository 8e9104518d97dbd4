// CLI commands for the question bank: generate questions, import a bank.
import fs from 'node:fs';
import path from 'node:path';
import { flagString } from '../../lib/args.js';
import { existingFiles, num, type Command } from '../command.js';

export const quizCommands: Record<string, Command> = {
  quiz: {
    help: 'quiz generate [--from quotes|terms|numbers] [--count N] | quiz import <题库文件>  出题、导入题库（Word、Excel、PDF、文本等）',
    call: (args) => {
      if (args.positional[1] === 'import') {
        const [file] = existingFiles(args.positional.slice(2, 3));
        return {
          method: 'quizImport',
          arg: { name: path.basename(file!), dataBase64: fs.readFileSync(file!).toString('base64') },
        };
      }
      // `quiz generate` (the default): saves new questions into the bank and reports counts.
      return { method: 'quizGenerate', arg: { from: flagString(args, 'from') ?? 'all', count: num(args, 'count') } };
    },
  },
};
