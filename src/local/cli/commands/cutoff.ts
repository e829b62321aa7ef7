/**
 * `baocao cutoff bc.xlsx`: the Sheets menu's "Chốt số liệu", offline. Snapshots every unit's
 * figures as they stand into the "Chốt số liệu" tab, with who and when (Vietnam time), written
 * at the zip-part level so every other part of the workbook stays byte-identical. A workbook
 * that already has a snapshot is refused unless --force, which replaces that one tab and
 * nothing else. Under the workbook's lock, atomically, keeping the file's permissions, through
 * a symbolic link to its target; a workbook marked read-only is left alone. The figures of
 * units kept in other workbooks (shards, child reports) are read from there, as in Sheets.
 */
import { userInfo } from 'node:os';
import { cutoffRows, cutoffTab, existingCutoff } from '../../../app/cutoff';
import { CUTOFF_TAB } from '../../../domain/contract/tabs';
import { isoDateTimeInZone, REPORT_TIME_ZONE } from '../../../domain/dates';
import { formatDateTimeNumeric } from '../../../domain/format';
import { toneKey } from '../../../domain/text';
import { addTabsToXlsx, XlsxWriteError } from '../../xlsx';
import { readXlsxBytes } from '../../xlsx-read';
import { replaceTabInXlsx } from '../../xlsx/replace-tab';
import { EXIT, UsageError } from '../context';
import type { CommandModule } from './command-module';
import { checkWithSources, rewriteWorkbook, WORKBOOK_ARGUMENT } from './shared';

/** The person running the command, as the operating system knows them. */
function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

export const cutoffCommand: CommandModule = {
  name: 'cutoff',
  register(program, context) {
    program
      .command('cutoff')
      .description('chốt số liệu: ghi số liệu hiện tại của từng đơn vị vào tab Chốt số liệu (như menu Chốt số liệu)')
      .argument(...WORKBOOK_ARGUMENT)
      .option('--by <tên>', 'người chốt, ghi vào tab (mặc định: tên người dùng máy tính)')
      .option('--force', 'chốt lại khi đã có số đã chốt: thay tab Chốt số liệu, không đụng phần khác')
      .action(async (typed: string, options: { by?: string; force?: boolean }) => {
        const { io } = context;
        const file = context.path(typed);
        const now = io.now();
        const time = isoDateTimeInZone(now, REPORT_TIME_ZONE);
        const by = (options.by ?? systemUser()).trim();
        const { rows, hasTab } = await rewriteWorkbook(context, file, { blocked: 'không ghi được số đã chốt', writing: 'Đang ghi số đã chốt…' }, async (input) => {
          const raw = readXlsxBytes(input, { fileLabel: file.typed });
          // With its shards and child reports, as the Sheets menu reads it: a unit kept in a shard is snapshotted with its figures, not blank.
          const { check } = await checkWithSources(context, file, raw);
          const existingTab = raw.tabs.find((t) => toneKey(t.name) === toneKey(CUTOFF_TAB.name));
          const previous = existingCutoff(check);
          if (existingTab !== undefined && options.force !== true) {
            const when = previous === null ? '' : ` lúc ${formatDateTimeNumeric(previous.time)}${previous.by === null || previous.by === '' ? '' : ` (người chốt: ${previous.by})`}`;
            throw new UsageError(`${file.typed} đã có tab "${CUTOFF_TAB.name}"${when}. Số đã chốt được giữ nguyên; muốn chốt lại, chạy lại lệnh với --force.`);
          }
          const rows = cutoffRows(check, by, time);
          const plan = cutoffTab(rows);
          try {
            // Replaced under the name it has (its case and tones as someone typed them), so no second tab appears.
            const bytes = existingTab !== undefined ? replaceTabInXlsx(input, { ...plan, name: existingTab.name }, now) : addTabsToXlsx(input, [plan], now);
            return { bytes, outcome: { rows, hasTab: existingTab !== undefined } };
          } catch (error) {
            if (error instanceof XlsxWriteError) throw new UsageError(`Không ghi được số đã chốt vào ${file.typed}: ${error.message}`);
            throw error;
          }
        });
        const units = new Set(rows.map((r) => r.unitId)).size;
        const blank = rows.filter((r) => r.value === null).length;
        io.stdout(
          `Đã chốt số liệu lúc ${formatDateTimeNumeric(time)}${by === '' ? '' : ` (người chốt: ${by})`}: ${rows.length} số liệu của ${units} đơn vị vào tab "${CUTOFF_TAB.name}"` +
            (blank > 0 ? `; ${blank} ô còn trống được chốt là trống (không phải 0).` : '.'),
        );
        io.stdout(hasTab ? 'Đã thay số đã chốt trước đó; các tab khác giữ nguyên, từng byte.' : 'Các tab đã có giữ nguyên, từng byte.');
        io.stdout(`Từ nay, số nào sửa khác số đã chốt sẽ được báo khi kiểm tra ("${context.invokedAs} validate ${file.typed}").`);
        context.setExit(EXIT.ok);
      });
  },
};
