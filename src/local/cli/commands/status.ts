/**
 * `baocao status`: progress per unit (tasks, figures, texts, errors, submitted or not) as a
 * table or JSON (shape in docs/cli.md). Exit 0 without errors, 1 with errors.
 */
import { hasErrors } from '../../../domain/findings';
import { EXIT } from '../context';
import { renderStatus, statusJson } from '../render-text';
import type { CommandModule } from './command-module';
import { checkFile, WORKBOOK_ARGUMENT } from './shared';

export const statusCommand: CommandModule = {
  name: 'status',
  register(program, context) {
    program
      .command('status')
      .description('tiến độ từng đơn vị: nhiệm vụ, số liệu, nội dung, lỗi, đã nộp hay chưa')
      .argument(...WORKBOOK_ARGUMENT)
      .option('--json', 'in kết quả dạng JSON (xem docs/cli.md)')
      .action(async (typed: string, options: { json?: boolean }) => {
        const file = context.path(typed);
        const { check } = await checkFile(context, file);
        context.io.stdout(options.json === true ? JSON.stringify(statusJson(file.typed, check.status), null, 2) : renderStatus(check.status));
        context.setExit(hasErrors(check.findings) ? EXIT.hasErrors : EXIT.ok);
      });
  },
};
