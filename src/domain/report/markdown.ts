/**
 * Markdown rendering of the report model, for previews and golden tests: header and signature
 * blocks as two-column tables, headings and body as paragraphs with **bold** and *italic*,
 * footnotes as [^n] with their text at the end. Readable line by line against the seed.
 *
 * Everything in the model is text people typed, so it is escaped: HTML ("<script>", "<img
 * onerror>"), entities ("&lt;"), links, code spans and emphasis marks come out as the characters
 * they are. The only HTML is our own: <u> around underlined runs and <center> lines, and a
 * centred paragraph sits between blank lines so that it stays Markdown (with its escapes) instead
 * of becoming raw HTML inside an HTML block.
 */
import type { Block, Columns, Inline, Paragraph, ReportModel } from './model';

export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/([\\*_[\]|<>&`~])/g, '\\$1')
    .replace(/^(\s*)#/, '$1\\#');
}

function inlineMarkdown(runs: ReadonlyArray<Inline>): string {
  return runs
    .map((r) => {
      if (r.type === 'footnote') return `[^${r.number}]`;
      const body = escapeMarkdown(r.text);
      const lead = body.match(/^\s*/)?.[0] ?? '';
      const trail = body.match(/\s*$/)?.[0] ?? '';
      const core = body.trim();
      if (core === '') return body;
      let marked = core;
      if (r.italic) marked = `*${marked}*`;
      if (r.bold) marked = `**${marked}**`;
      if (r.underline) marked = `<u>${marked}</u>`;
      return lead + marked + trail;
    })
    .join('');
}

/** A paragraph's own weight (a bold title) applied around its runs, unless runs style themselves. */
function paragraphMarkdown(p: Paragraph): string {
  let body = inlineMarkdown(p.runs);
  if (body === '') return '';
  const styled = p.runs.some((r) => r.type === 'text' && (r.bold || r.italic));
  if (!styled) {
    if (p.style.italic) body = `*${body}*`;
    if (p.style.bold) body = `**${body}**`;
    if (p.style.underline) body = `<u>${body}</u>`;
  }
  return body;
}

function columnsMarkdown(block: Columns): string {
  const rows = Math.max(block.left.length, block.right.length);
  const lines = ['| | |', '|---|---|'];
  for (let i = 0; i < rows; i += 1) {
    const left = block.left[i];
    const right = block.right[i];
    const cells = [left ? paragraphMarkdown(left) : '', right ? paragraphMarkdown(right) : ''];
    lines.push('|' + cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|') + '|');
  }
  return lines.join('\n');
}

function blockMarkdown(block: Block): string {
  switch (block.type) {
    case 'columns':
      return columnsMarkdown(block);
    case 'table': {
      const header = `| ${block.header.map(escapeMarkdown).join(' | ')} |`;
      const rule = `|${block.header.map(() => '---').join('|')}|`;
      const rows = block.rows.map((row) => `| ${row.map(escapeMarkdown).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
    case 'paragraph': {
      if (block.role === 'heading') return `${'#'.repeat(Math.min((block.level ?? 1) + 1, 6))} ${inlineMarkdown(block.runs)}`;
      // A paragraph that starts "1. " is text, not a Markdown list.
      const body = paragraphMarkdown(block).replace(/^(\d+)\. /, '$1\\. ');
      return block.style.align === 'center' ? `<center>\n\n${body}\n\n</center>` : body;
    }
  }
}

export function renderMarkdown(model: ReportModel): string {
  const parts = model.blocks.map(blockMarkdown).filter((p) => p !== '');
  const notes = model.footnotes.map((f) => `[^${f.number}]: ${inlineMarkdown(f.runs)}`);
  return [...parts, ...(notes.length > 0 ? ['---', ...notes] : [])].join('\n\n') + '\n';
}
