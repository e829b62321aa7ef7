/**
 * report.md shows what people typed as text: HTML, entities, links and Markdown marks from the
 * settings and the narratives never become markup. CommonMark starts raw HTML only at a line
 * beginning with "<tag" (or inside such an HTML block), and a backslash-escaped character is
 * literal text, so the checks are: no line starts with HTML other than our own, and every "<",
 * "&" and "[" from input is escaped.
 */
import { compileReport } from '../../../src/domain/report/compile';
import { escapeMarkdown, renderMarkdown } from '../../../src/domain/report/markdown';
import { validateWorkbook } from '../../../src/domain/validate/validate';
import { rawOf } from '../../support/raw';
import { tinyWorkbook } from '../../support/tiny-workbook';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '&lt;script&gt;',
  '[bấm vào đây](javascript:alert(1))',
  '<https://evil.example>',
  '`mã` ~~gạch~~ # tiêu đề',
];

function markdownWith(text: string): string {
  const data = tinyWorkbook();
  const model = compileReport(
    validateWorkbook(
      rawOf({
        ...data,
        settings: { ...data.settings, summary: `Tổng kết ${text}`, issuingBody: text, signerName: text },
        recipients: [{ recipient: text }],
        sheets: { ...data.sheets, BDV: { ...data.sheets['BDV']!, narratives: [{ section: 'I.2', text: `${text} và {{TL:DON_GQ/DON_TN}}` }, { section: 'I.2', text }] } },
      }),
    ).lookup,
  ).model;
  if (model === null) throw new Error('must compile');
  return renderMarkdown(model);
}

/** Lines where CommonMark would start raw HTML: anything but our own <center> and </center>. */
function rawHtmlLines(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^\s{0,3}<[A-Za-z/!?]/.test(line) && !/^<\/?center>$/.test(line));
}

/** Every "<", "&" or "[" in the text that is not ours and not backslash-escaped. */
function unescaped(markdown: string): string[] {
  const ours = markdown.replace(/<\/?(center|u)>/g, '').replace(/\[\^\d+\]:?/g, '');
  return [...ours.matchAll(/(^|[^\\])([<&[])/g)].map((m) => m[2] ?? '');
}

describe('the Markdown report', () => {
  it.each(HOSTILE)('shows %s from the settings and the narratives as text', (text) => {
    const markdown = markdownWith(text);
    expect(rawHtmlLines(markdown)).toEqual([]);
    expect(unescaped(markdown)).toEqual([]);
  });

  it('keeps a centred title as Markdown between blank lines, so its escapes still apply', () => {
    const markdown = markdownWith('<script>alert(1)</script>');
    expect(markdown).toContain('<center>\n\n**Tổng kết \\<script\\>alert(1)\\</script\\>');
    expect(markdown).not.toMatch(/<center>[^\n]/);
  });

  it('escapes a heading mark at the start of a paragraph and joins lines that would break a table row', () => {
    expect(escapeMarkdown('# không phải tiêu đề')).toBe('\\# không phải tiêu đề');
    expect(escapeMarkdown('dòng một\ndòng | hai')).toBe('dòng một dòng \\| hai');
    expect(escapeMarkdown('A & B')).toBe('A \\& B');
  });
});
