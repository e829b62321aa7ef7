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
import { guarded } from '../../files/errors';
import { followLinks, replaceAtomically } from '../../files/safe-write';
import { addTabsToXlsx, XlsxWriteError } from '../../xlsx';
import { readXlsxBytes } from '../../xlsx-read';
import { replaceTabInXlsx } from '../../xlsx/replace-tab';
import { EXIT, UsageError } from '../context';
import type { CommandModule } from './command-module';
import { checkWithSources, WORKBOOK_ARGUMENT } from './shared';

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
        const { fs, io } = context;
        const file = context.path(typed);
        const real = await guarded('read', file.typed, () => fs.realpath(file.absolute));
        // The same lock as `setup`: both rewrite the workbook's zip.
        const release = await context.lockKey(`setup:${real}`, `Bảng tính "${file.typed}"`);
        try {
          const destination = await followLinks(fs, file.absolute, file.typed);
          const { mode } = await guarded('read', file.typed, () => fs.stat(destination));
          io.progress(`Đang đọc ${file.typed}…`);
          const input = await guarded('read', file.typed, () => fs.readFile(destination));
          const raw = readXlsxBytes(input, { fileLabel: file.typed });
          // With its shards and child reports, as the Sheets menu reads it: a unit kept in a shard is snapshotted with its figures, not blank.
          const { check } = await checkWithSources(context, file, raw);
          const hasTab = raw.tabs.some((t) => toneKey(t.name) === toneKey(CUTOFF_TAB.name));
          const previous = existingCutoff(check);
          if (hasTab && options.force !== true) {
            const when = previous === null ? '' : ` lúc ${formatDateTimeNumeric(previous.time)}${previous.by === null || previous.by === '' ? '' : ` (người chốt: ${previous.by})`}`;
            throw new UsageError(`${file.typed} đã có tab "${CUTOFF_TAB.name}"${when}. Số đã chốt được giữ nguyên; muốn chốt lại, chạy lại lệnh với --force.`);
          }
          if ((mode & 0o222) === 0) {
            throw new UsageError(`"${file.typed}" đang ở chế độ chỉ đọc nên không ghi được số đã chốt. Hãy bỏ chế độ chỉ đọc (hoặc làm một bản sao) rồi chạy lại.`);
          }
          const now = io.now();
          const time = isoDateTimeInZone(now, REPORT_TIME_ZONE);
          const by = (options.by ?? systemUser()).trim();
          const rows = cutoffRows(check, by, time);
          const plan = cutoffTab(rows);
          let bytes: Uint8Array;
          try {
            bytes = hasTab ? replaceTabInXlsx(input, { ...plan, name: raw.tabs.find((t) => toneKey(t.name) === toneKey(CUTOFF_TAB.name))?.name ?? plan.name }, now) : addTabsToXlsx(input, [plan], now);
          } catch (error) {
            if (error instanceof XlsxWriteError) throw new UsageError(`Không ghi được số đã chốt vào ${file.typed}: ${error.message}`);
            throw error;
          }
          io.progress('Đang ghi số đã chốt…');
          await replaceAtomically(fs, destination, file.typed, Buffer.from(bytes), mode);
          const units = new Set(rows.map((r) => r.unitId)).size;
          const blank = rows.filter((r) => r.value === null).length;
          io.stdout(
            `Đã chốt số liệu lúc ${formatDateTimeNumeric(time)}${by === '' ? '' : ` (người chốt: ${by})`}: ${rows.length} số liệu của ${units} đơn vị vào tab "${CUTOFF_TAB.name}"` +
              (blank > 0 ? `; ${blank} ô còn trống được chốt là trống (không phải 0).` : '.'),
          );
          io.stdout(hasTab ? 'Đã thay số đã chốt trước đó; các tab khác giữ nguyên, từng byte.' : 'Các tab đã có giữ nguyên, từng byte.');
          io.stdout(`Từ nay, số nào sửa khác số đã chốt sẽ được báo khi kiểm tra ("${context.invokedAs} validate ${file.typed}").`);
          context.setExit(EXIT.ok);
        } finally {
          await release();
        }
      });
  },
};
