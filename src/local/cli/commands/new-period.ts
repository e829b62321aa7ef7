/**
 * `baocao new-period bc.xlsx -o bc-ky-sau.xlsx`: the Sheets menu's "Tạo kỳ báo cáo mới",
 * offline. Reads the workbook of the period that ends, plans the next one with the same use
 * case as the add-in (src/app/new-period.ts) and writes it as a NEW workbook: never onto the
 * input (even with --force), atomically, refusing to replace anything but a workbook baocao
 * made that nobody has saved since. The old workbook is only read. Prints the new period's name
 * and dates and what was carried, so the secretariat knows what to check before sharing it.
 */
import { NextPeriodRefused, nextPeriodSummary, nextPeriodTabs, planNextPeriod, type NextPeriodPlan } from '../../../app/new-period';
import { parseDateText, type IsoDate } from '../../../domain/dates';
import { OUTPUT_KINDS } from '../../files/output-kinds';
import { writeXlsx } from '../../xlsx';
import { EXIT, UsageError } from '../context';
import type { CommandModule } from './command-module';
import { checkFile, WORKBOOK_ARGUMENT } from './shared';

interface NewPeriodOptions {
  output: string;
  from?: string;
  to?: string;
  carryTasks: boolean;
  force?: boolean;
}

function dateOption(text: string | undefined, option: string): IsoDate | null {
  if (text === undefined) return null;
  const date = parseDateText(text);
  if (date === null) throw new UsageError(`${option} "${text}" không phải ngày hợp lệ. Hãy ghi dạng YYYY-MM-DD (ví dụ 2023-04-01) hoặc ngày/tháng/năm.`);
  return date;
}

export const newPeriodCommand: CommandModule = {
  name: 'new-period',
  register(program, context) {
    program
      .command('new-period')
      .description('tạo bảng tính cho kỳ báo cáo tiếp theo (như menu Tạo kỳ báo cáo mới); bảng tính cũ không bị sửa')
      .argument(...WORKBOOK_ARGUMENT)
      .requiredOption('-o, --output <tệp.xlsx>', 'bảng tính kỳ mới sẽ tạo, đuôi .xlsx (không được trùng tệp đang đọc)')
      .option('--from <ngày>', 'ngày bắt đầu kỳ mới (YYYY-MM-DD); mặc định: ngay sau kỳ đang có')
      .option('--to <ngày>', 'ngày kết thúc kỳ mới (YYYY-MM-DD); mặc định: tính theo loại kỳ')
      .option('--no-carry-tasks', 'không chuyển nhiệm vụ chưa hoàn thành sang kỳ mới')
      .option('--force', 'thay tệp kết quả đã có, nếu đó là bảng tính baocao tạo mà chưa ai sửa')
      .action(async (typed: string, options: NewPeriodOptions) => {
        const input = context.path(typed);
        const target = context.path(options.output);
        const from = dateOption(options.from, '--from');
        const to = dateOption(options.to, '--to');
        const request = { target, kind: OUTPUT_KINDS.workbook, force: options.force === true, inputs: [input] };
        // Refused before any reading: an output onto the input, a folder, a file not ours.
        await context.checkOutput(request);
        // With its sources, as the Sheets menu reads it: the history and tasks of units kept in shards are carried too.
        const { check } = await checkFile(context, input);
        let plan: NextPeriodPlan;
        try {
          plan = planNextPeriod(check, { from, to, carryTasks: options.carryTasks });
        } catch (error) {
          if (error instanceof NextPeriodRefused) throw new UsageError(`Không tạo được kỳ mới từ ${input.typed}: ${error.message}`);
          throw error;
        }
        context.io.progress('Đang ghi bảng tính kỳ mới…');
        await context.writeOutput({ ...request, bytes: await writeXlsx(nextPeriodTabs(plan)) });
        const { headline, lines } = nextPeriodSummary(plan);
        context.io.stdout(`Đã tạo ${target.typed}: ${headline}.`);
        for (const line of lines) context.io.stdout(line);
        context.io.stdout(`${input.typed} giữ nguyên, không sửa gì. Bước tiếp theo: gửi ${target.typed} cho các đơn vị; kiểm tra bằng "${context.invokedAs} validate ${target.typed}".`);
        context.setExit(EXIT.ok);
      });
  },
};
