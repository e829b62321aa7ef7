/**
 * `baocao init`: writes a new workbook (blank, or the built-in example) with every tab,
 * header, dropdown and note. Refuses to replace an existing file unless --force is given, and
 * even then only a workbook baocao made that no program has saved since.
 */
import { BLANK_WORKBOOK } from '../../../example/blank';
import { CHU_PUH_2023 } from '../../../example/chu-puh-2023';
import { OUTPUT_KINDS } from '../../files/output-kinds';
import { EXIT, UsageError } from '../context';
import type { CommandModule } from './command-module';
import { workbookBytes } from './shared';

export const initCommand: CommandModule = {
  name: 'init',
  register(program, context) {
    program
      .command('init')
      .description('tạo bảng tính mới với đủ các tab, tiêu đề, danh sách chọn')
      .option('--example', 'điền sẵn ví dụ Báo cáo 350-BC/HU của Huyện ủy Chư Pưh')
      .option('--blank', 'bảng tính trống (mặc định)')
      .requiredOption('-o, --output <tệp.xlsx>', 'tệp sẽ tạo, đuôi .xlsx')
      .option('--force', 'thay tệp đã có, nếu đó là bảng tính baocao tạo mà chưa ai sửa')
      .action(async (options: { example?: boolean; blank?: boolean; output: string; force?: boolean }) => {
        if (options.example === true && options.blank === true) throw new UsageError('Chỉ chọn một trong --example và --blank.');
        const target = context.path(options.output);
        await context.writeOutput({
          target,
          bytes: await workbookBytes(options.example === true ? CHU_PUH_2023 : BLANK_WORKBOOK),
          kind: OUTPUT_KINDS.workbook,
          force: options.force === true,
          inputs: [],
        });
        context.io.stdout(`Đã tạo ${target.typed}${options.example === true ? ' (ví dụ Báo cáo 350-BC/HU)' : ''}.`);
        context.setExit(EXIT.ok);
      });
  },
};
