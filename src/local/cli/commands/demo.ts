/**
 * `baocao demo`: the built-in example end to end. Writes the workbook, validates it, prints the
 * progress table, writes the report, and shows a reminder: every unit of the example has
 * submitted, so a copy in which one unit has not is written beside it and the reminder that
 * unit would get is previewed, with the exact `remind … --dry-run` command to see it yourself.
 *
 * The README invites people to edit out/demo/workbook.xlsx, so a rerun never overwrites an
 * edited file: a sidecar (.baocao-demo.json) records the SHA-256 of each file the demo wrote;
 * a file whose bytes differ was edited and is kept (the demo goes on with the edited workbook),
 * unless --force is given.
 */
import { createHash } from 'node:crypto';
import { reportModelOf } from '../../../app/generate-report';
import { sendReminders } from '../../../app/send-reminders';
import { addDays } from '../../../domain/dates';
import { hasErrors } from '../../../domain/findings';
import { renderMarkdown } from '../../../domain/report/markdown';
import type { WorkbookData } from '../../../domain/workbook/data';
import { CHU_PUH_2023 } from '../../../example/chu-puh-2023';
import { renderDocx } from '../../docx-renderer';
import { EmlOutbox } from '../../eml-outbox';
import { errnoCode, guarded } from '../../files/errors';
import { OUTPUT_KINDS, type OutputKind } from '../../files/output-kinds';
import { childPath, type UserPath } from '../../files/paths';
import { replaceAtomically } from '../../files/safe-write';
import { zipNames } from '../../files/zip-peek';
import { EXIT, type CliContext } from '../context';
import { findingsSummary, renderStatus } from '../render-text';
import type { CommandModule } from './command-module';
import { checkFile, workbookBytes } from './shared';

export const DEMO_RECORD = '.baocao-demo.json';
export const DEMO_FILES = { workbook: 'workbook.xlsx', docx: 'report.docx', markdown: 'report.md', notSubmitted: 'chua-nop.xlsx' } as const;

/** The unit that has "not submitted" in the reminder example, and how many days before the deadline it is shown. */
const LATE_UNIT = 'UBND';
const DAYS_BEFORE_DEADLINE = 1;
const PREVIEW_LINES = 12;

interface DemoRecord {
  readonly files: Record<string, string>;
}

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The example in which one unit has not submitted yet. */
export function exampleWithLateUnit(): WorkbookData {
  return {
    ...CHU_PUH_2023,
    units: CHU_PUH_2023.units.map((u) => (u.id === LATE_UNIT ? { ...u, submittedAt: null, submittedBy: null } : u)),
  };
}

/** Whether --force may replace an existing file with the demo's own: a file of the same kind (any .xlsx for a workbook). */
function sameKind(kind: OutputKind): (bytes: Buffer) => boolean {
  if (kind.id !== 'workbook') return kind.mayReplace;
  return (bytes) => (zipNames(bytes) ?? []).some((n) => n.toLowerCase() === 'xl/workbook.xml');
}

class DemoFolder {
  private record: DemoRecord = { files: {} };

  constructor(
    private readonly context: CliContext,
    readonly dir: UserPath,
    private readonly force: boolean,
  ) {}

  file(name: string): UserPath {
    return childPath(this.dir, name);
  }

  async load(): Promise<void> {
    try {
      const parsed = JSON.parse((await this.context.fs.readFile(this.file(DEMO_RECORD).absolute)).toString('utf8')) as Partial<DemoRecord>;
      if (typeof parsed.files === 'object' && parsed.files !== null) this.record = { files: { ...parsed.files } };
    } catch {
      // No record (first run, or an older demo): every existing file counts as the person's.
    }
  }

  /** The bytes now in `name`, or null when there is no such file. */
  private async current(name: string): Promise<Buffer | null> {
    try {
      return await this.context.fs.readFile(this.file(name).absolute);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Writes `bytes` to `name` unless the file there was edited since the demo wrote it (kept,
   * unless --force); answers whether it wrote.
   */
  async write(name: string, bytes: Buffer | string, kind: OutputKind, inputs: ReadonlyArray<UserPath>): Promise<boolean> {
    const target = this.file(name);
    const current = await guarded('read', target.typed, () => this.current(name));
    const recorded = this.record.files[name];
    const untouched = current !== null && recorded !== undefined && sha256(current) === recorded;
    if (current !== null && !untouched && !this.force) return false;
    await this.context.writeOutput({
      target,
      bytes,
      kind,
      force: true,
      inputs,
      mayReplace: untouched ? () => true : sameKind(kind),
    });
    this.record.files[name] = sha256(bytes);
    return true;
  }

  async save(): Promise<void> {
    const path = this.file(DEMO_RECORD);
    await replaceAtomically(this.context.fs, path.absolute, path.typed, `${JSON.stringify(this.record, null, 2)}\n`, null);
  }
}

async function showReminder(context: CliContext, folder: DemoFolder, invokedAs: string): Promise<void> {
  const { io } = context;
  const late = exampleWithLateUnit();
  const variant = folder.file(DEMO_FILES.notSubmitted);
  const wrote = await folder.write(DEMO_FILES.notSubmitted, await workbookBytes(late), OUTPUT_KINDS.workbook, []);
  // Checked once: its deadline sets the day shown, and the reminders are planned from the same check.
  const { raw, sources, check } = await checkFile(context, variant);
  const deadline = check.workbook.settings?.deadline ?? late.settings.deadline ?? null;
  if (deadline === null) return;
  const today = addDays(deadline, -DAYS_BEFORE_DEADLINE);
  const run = sendReminders({
    source: { read: () => raw },
    sources,
    check,
    today,
    now: `${today}T08:00`,
    mailer: new EmlOutbox('"baocao" <baocao@localhost>', io.now()),
    log: { append: () => undefined },
    tabLink: () => null,
    dryRun: true,
  });
  const unitName = late.units.find((u) => u.id === LATE_UNIT)?.name ?? LATE_UNIT;
  io.stdout('');
  io.stdout(`Thư nhắc việc: trong ví dụ mọi đơn vị đã nộp nên không ai cần nhắc.`);
  io.stdout(
    `${wrote ? 'Đã tạo' : 'Giữ nguyên'} ${variant.typed}: cùng ví dụ nhưng ${unitName} chưa nộp. ` +
      `Ngày ${today} (trước hạn ${DAYS_BEFORE_DEADLINE} ngày) đơn vị này sẽ nhận:`,
  );
  const mail = run.mails.find((m) => m.unitId === LATE_UNIT) ?? run.mails[0];
  if (mail === undefined) {
    io.stdout('  (không có thư nào: bảng tính này đã bị sửa)');
  } else {
    io.stdout(`  Gửi: ${mail.message.to.join(', ')}`);
    io.stdout(`  Tiêu đề: ${mail.message.subject}`);
    const body = mail.message.text.split(/\r?\n/);
    for (const line of body.slice(0, PREVIEW_LINES)) io.stdout(`  │ ${line}`.trimEnd());
    if (body.length > PREVIEW_LINES) io.stdout('  │ …');
  }
  io.stdout('');
  io.stdout('Xem ai sẽ nhận thư gì (chạy thử, không ghi gì):');
  io.stdout(`  ${invokedAs} remind ${variant.typed} --outbox ${folder.file('thu').typed} --today ${today} --dry-run`);
}

export const demoCommand: CommandModule = {
  name: 'demo',
  register(program, context) {
    program
      .command('demo')
      .description('chạy thử trên ví dụ có sẵn: tạo bảng tính, kiểm tra, in tiến độ, tạo báo cáo, xem trước một thư nhắc')
      .option('--out <thư mục>', 'thư mục kết quả', 'out/demo')
      .option('--force', 'tạo lại cả những tệp bạn đã sửa trong thư mục kết quả')
      .action(async (options: { out: string; force?: boolean }) => {
        const { io } = context;
        const folder = new DemoFolder(context, context.path(options.out), options.force === true);
        await folder.load();
        io.progress('Đang tạo bảng tính ví dụ…');
        const workbook = folder.file(DEMO_FILES.workbook);
        if (await folder.write(DEMO_FILES.workbook, await workbookBytes(CHU_PUH_2023), OUTPUT_KINDS.workbook, [])) {
          io.stdout(`Đã tạo ${workbook.typed} (ví dụ Báo cáo 350-BC/HU, Huyện ủy Chư Pưh).`);
        } else {
          io.stdout(
            `Giữ nguyên ${workbook.typed} vì tệp đã được sửa sau lần chạy demo trước; demo dùng bản đã sửa này. ` +
              `Để tạo lại từ ví dụ (mất các chỗ đã sửa): ${context.invokedAs} demo --force${options.out === 'out/demo' ? '' : ` --out ${options.out}`}`,
          );
        }
        const { check: result } = await checkFile(context, workbook);
        io.stdout(`Kiểm tra: ${findingsSummary(result.findings)}.`);
        for (const f of result.findings.slice(0, 20)) io.stdout(`  ${f.severity === 'error' ? 'lỗi' : 'cảnh báo'} '${f.tab ?? ''}'!${f.cell ?? ''}: ${f.message}`);
        if (result.findings.length > 20) io.stdout(`  … và ${result.findings.length - 20} mục nữa: ${context.invokedAs} validate ${workbook.typed}`);
        io.stdout('');
        io.stdout(renderStatus(result.status));
        const model = reportModelOf(result);
        if (model !== null) {
          io.progress('Đang tạo báo cáo…');
          const docx = folder.file(DEMO_FILES.docx);
          const markdown = folder.file(DEMO_FILES.markdown);
          const wroteDocx = await folder.write(DEMO_FILES.docx, await renderDocx(model), OUTPUT_KINDS.docx, [workbook]);
          const wroteMarkdown = await folder.write(DEMO_FILES.markdown, renderMarkdown(model), OUTPUT_KINDS.markdown, [workbook]);
          const created = [...(wroteDocx ? [docx.typed] : []), ...(wroteMarkdown ? [wroteDocx ? DEMO_FILES.markdown : markdown.typed] : [])];
          const kept = [...(wroteDocx ? [] : [docx.typed]), ...(wroteMarkdown ? [] : [markdown.typed])];
          io.stdout('');
          if (created.length > 0) io.stdout(`Đã tạo ${created.join(' và ')}: ${model.footnotes.length} chú thích.`);
          if (kept.length > 0) io.stdout(`Giữ nguyên ${kept.join(' và ')} vì đã được sửa sau lần chạy demo trước (--force để tạo lại).`);
        }
        await showReminder(context, folder, context.invokedAs);
        await folder.save();
        context.setExit(hasErrors(result.findings) ? EXIT.hasErrors : EXIT.ok);
      });
  },
};
