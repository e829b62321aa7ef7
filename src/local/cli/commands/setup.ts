/**
 * `baocao setup`: the Sheets menu's "Thiết lập bảng tính", offline. Reads the workbook, plans
 * the set-up with the same planner as the add-in (src/app/setup-workbook.ts), and adds the tabs
 * that are missing (one per unit, with its indicators and sections pre-filled) at the zip-part
 * level, so every existing tab and every part the writer does not own stays byte-identical.
 * Writes only when a tab was added, atomically and keeping the file's permissions, through a
 * symbolic link to its target, one run at a time; a workbook marked read-only is left alone.
 */
import { countBySeverity } from '../../../domain/findings';
import { readXlsxBytes } from '../../xlsx-read';
import { setupXlsx } from '../../xlsx-setup';
import { EXIT } from '../context';
import type { CommandModule } from './command-module';
import { checkWithSources, rewriteWorkbook, WORKBOOK_ARGUMENT } from './shared';

/** At most this many tab names are listed; the rest are counted. */
const LISTED_TABS = 20;

function listed(names: ReadonlyArray<string>): string {
  const shown = names.slice(0, LISTED_TABS).join(', ');
  return names.length > LISTED_TABS ? `${shown} … và ${names.length - LISTED_TABS} tab khác` : shown;
}

export const setupCommand: CommandModule = {
  name: 'setup',
  register(program, context) {
    program
      .command('setup')
      .description('tạo tab nhập liệu còn thiếu cho từng đơn vị (như menu Thiết lập bảng tính); không đụng vào tab đã có')
      .argument(...WORKBOOK_ARGUMENT)
      .action(async (typed: string) => {
        const { io } = context;
        const file = context.path(typed);
        const result = await rewriteWorkbook(context, file, { blocked: 'không thêm tab được', writing: 'Đang ghi các tab mới…' }, async (input) => {
          const setup = setupXlsx(input, { fileLabel: file.typed, now: io.now() });
          return { bytes: setup.created.length > 0 ? setup.bytes : null, outcome: setup };
        });
        if (result.created.length > 0) {
          io.stdout(`Đã thêm ${result.created.length} tab vào ${file.typed}: ${listed(result.created)}.`);
        } else if (result.check.workbook.units.length === 0) {
          io.stdout(`Tab Đơn vị của ${file.typed} chưa có đơn vị nào: hãy điền tab Đơn vị (và Đề cương, Chỉ tiêu) rồi chạy lại lệnh này.`);
        } else {
          io.stdout(`Không cần tạo tab mới: ${file.typed} đã có đủ tab cho các đơn vị.`);
        }
        io.stdout('Các tab đã có được giữ nguyên, từng byte.');
        for (const skipped of result.skipped) io.stdout(`  Chưa tạo tab "${skipped.tab}": ${skipped.reason}. Hãy sửa ở tab Đơn vị.`);
        if (result.orphans.length > 0) {
          io.stdout(`Tab của đơn vị không còn trong tab Đơn vị (giữ nguyên): ${listed(result.orphans)}.`);
        }
        // Checked as it now is (the tabs just added no longer count as missing), with its sources;
        // read again only when a tab was added or the units tab names other workbooks.
        const namesSources = [...result.check.workbook.origins.values()].some((o) => o.kind === 'shard' || o.kind === 'child');
        const afterRaw = result.created.length > 0 || namesSources ? readXlsxBytes(result.bytes, { fileLabel: file.typed }) : null;
        const after = afterRaw !== null ? (await checkWithSources(context, file, afterRaw)).check : result.check;
        const { errors, warnings } = countBySeverity(after.findings);
        io.stdout(`Kiểm tra sau khi thiết lập: ${errors} lỗi, ${warnings} cảnh báo (các ô đơn vị chưa nhập là lỗi cho đến khi nhập); xem "${context.invokedAs} validate ${file.typed}".`);
        context.setExit(result.skipped.length > 0 ? EXIT.hasErrors : EXIT.ok);
      });
  },
};
