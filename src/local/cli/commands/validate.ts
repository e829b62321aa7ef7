/**
 * `baocao validate`: every finding of a workbook, grouped by tab with its cell, then each child
 * report's own findings under its name, or as JSON (shape in docs/cli.md). Exit 0 without
 * errors in this workbook (warnings allowed), 1 with errors.
 */
import { hasErrors } from '../../../domain/findings';
import { EXIT } from '../context';
import { childFindingsOf, findingsJson, renderFindings } from '../render-text';
import type { CommandModule } from './command-module';
import { checkFile, WORKBOOK_ARGUMENT } from './shared';

export const validateCommand: CommandModule = {
  name: 'validate',
  register(program, context) {
    program
      .command('validate')
      .description('kiểm tra bảng tính; thoát 0 khi không có lỗi, 1 khi có lỗi, 2 khi không đọc được tệp')
      .argument(...WORKBOOK_ARGUMENT)
      .option('--json', 'in kết quả dạng JSON (xem docs/cli.md)')
      .action(async (typed: string, options: { json?: boolean }) => {
        const file = context.path(typed);
        const { check } = await checkFile(context, file);
        // Each child report's own findings come after this workbook's, under the child's name; they do not change the exit code.
        const children = childFindingsOf(check, file.typed);
        context.io.stdout(
          options.json === true
            ? JSON.stringify(findingsJson(file.typed, check.findings, children), null, 2)
            : renderFindings(file.typed, check.findings, children),
        );
        context.setExit(hasErrors(check.findings) ? EXIT.hasErrors : EXIT.ok);
      });
  },
};
