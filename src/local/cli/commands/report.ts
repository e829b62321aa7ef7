/**
 * `baocao report`: the consolidated report as .docx (real footnotes, official layout) or as
 * Markdown. The format follows the name ending (.docx or .md); --format, when given, must agree
 * with it. The output may never be the workbook itself, and --force replaces only a file of the
 * same kind (an older .docx, a text file for .md).
 */
import { draftNotes } from '../../../domain/report/draft-notes';
import { compileChecked } from '../../../app/generate-report';
import { renderMarkdown } from '../../../domain/report/markdown';
import { Option } from 'commander';
import { renderDocx } from '../../docx-renderer';
import { extensionOf, kindForExtension, OUTPUT_KINDS, type OutputKind } from '../../files/output-kinds';
import { checkTarget } from '../../files/safe-write';
import { EXIT, UsageError } from '../context';
import { findingsSummary, renderFindings } from '../render-text';
import type { CommandModule } from './command-module';
import { readWithSources, WORKBOOK_ARGUMENT } from './shared';

const FORMATS = { docx: OUTPUT_KINDS.docx, md: OUTPUT_KINDS.markdown } as const;
type ReportFormat = keyof typeof FORMATS;

function describeFormats(): string {
  return Object.values(FORMATS)
    .map((k) => `${k.extensions.join(' hoặc ')} (${k.label})`)
    .join(', ');
}

/** The kind of file to write, from the name ending and --format, which must agree. */
export function reportKind(output: string, requested: ReportFormat | undefined): OutputKind {
  const byName = kindForExtension(output, ['docx', 'markdown']);
  if (byName === null) {
    const ending = extensionOf(output);
    throw new UsageError(
      `Không ghi báo cáo ra "${output}": ${ending === '' ? 'tên tệp không có đuôi' : `đuôi "${ending}" không dùng được`}. ` +
        `Báo cáo ghi ra được: ${describeFormats()}; ví dụ "-o bao-cao.docx".`,
    );
  }
  if (requested !== undefined && FORMATS[requested] !== byName) {
    throw new UsageError(
      `--format ${requested} không khớp với đuôi tệp "${extensionOf(output)}". Hãy bỏ --format, hoặc đặt tên tệp đuôi ${FORMATS[requested].extensions[0]}.`,
    );
  }
  return byName;
}

export const reportCommand: CommandModule = {
  name: 'report',
  register(program, context) {
    program
      .command('report')
      .description('tạo báo cáo tổng hợp (.docx có chú thích thật, hoặc Markdown để xem nhanh)')
      .argument(...WORKBOOK_ARGUMENT)
      .requiredOption('-o, --output <tệp>', 'tệp báo cáo sẽ tạo, đuôi .docx hoặc .md')
      .addOption(new Option('--format <định dạng>', 'định dạng; mặc định theo đuôi tệp, nếu ghi thì phải khớp đuôi tệp').choices(Object.keys(FORMATS)))
      .option('--force', 'thay tệp báo cáo đã có cùng loại (không bao giờ thay bảng tính đầu vào)')
      .action(async (typed: string, options: { output: string; format?: ReportFormat; force?: boolean }) => {
        const file = context.path(typed);
        const target = context.path(options.output);
        await checkTarget(context.fs, target, [file], OUTPUT_KINDS.docx.extensions[0] ?? '');
        const kind = reportKind(options.output, options.format);
        const request = { target, kind, force: options.force === true, inputs: [file] };
        await context.checkOutput(request);
        const { raw, sources } = await readWithSources(context, file);
        context.io.progress('Đang kiểm tra và tổng hợp…');
        const { check, model } = compileChecked({ read: () => raw }, sources);
        if (model === null) {
          context.io.stderr(renderFindings(file.typed, check.findings));
          context.io.stderr('Chưa tạo được báo cáo vì tab Thiết lập còn thiếu thông tin bắt buộc.');
          context.setExit(EXIT.hasErrors);
          return;
        }
        context.io.progress('Đang ghi báo cáo…');
        const bytes = kind.id === 'docx' ? await renderDocx(model) : renderMarkdown(model);
        await context.writeOutput({ ...request, bytes });
        const errors = check.findings.filter((f) => f.severity === 'error');
        context.io.stdout(`Đã tạo ${target.typed}: ${model.footnotes.length} chú thích; kiểm tra: ${findingsSummary(check.findings)}.`);
        for (const line of draftNotes(model)) context.io.stdout(line);
        if (errors.length > 0) context.io.stdout(`Còn ${errors.length} lỗi trong bảng tính: xem "${context.invokedAs} validate ${file.typed}".`);
        context.setExit(errors.length > 0 ? EXIT.hasErrors : EXIT.ok);
      });
  },
};
