/**
 * The report compiler: settings + outline + unit tabs + computed figures → the report model.
 * Header and signature blocks come from the settings laid out by the profile; sections follow
 * the outline; a section's text is the secretariat's synthesis when it wrote one, else each
 * writing unit's text (under its name when there are several); footnotes are numbered through
 * the report in order of their anchors. Pure; problems become findings, never exceptions.
 */
import { SETTINGS_FIELDS, type Settings } from '../contract/tables';
import { formatPlaceDate } from '../format';
import { makeFinding, type Finding, type Where } from '../findings';
import { sectionLevel, sectionNumberLabel } from '../outline';
import type { Lookup } from '../workbook/lookup';
import { cellOf } from '../workbook/model';
import { evaluateRules } from '../rules';
import { expandText, mergeRuns, suspectsOf, unitParagraphTexts, type ExpansionState, type TextContext } from './expand';
import type { Block, Columns, Inline, Paragraph, ParagraphStyle, ReportModel } from './model';
import { PROFILES, type DocumentProfile } from './profiles';
import { segmentText } from './placeholders';
import { appendixBlocks } from '../rollup/appendix';

export interface Compilation {
  /** Null when the settings are unusable (reported as findings by validation). */
  readonly model: ReportModel | null;
  readonly findings: ReadonlyArray<Finding>;
}

function text(content: string, extra: Partial<Omit<Inline & { type: 'text' }, 'type' | 'text'>> = {}): Inline {
  return { type: 'text', text: content, ...extra };
}

function paragraph(role: Paragraph['role'], runs: ReadonlyArray<Inline>, style: ParagraphStyle, extra: Partial<Paragraph> = {}): Paragraph {
  return { type: 'paragraph', role, runs, style, ...extra };
}

/** "Số 350-BC/HU" (Party) or "Số: 172/BC-UBND" (State); the number is left blank until assigned. */
export function numberLine(settings: Settings, profile: DocumentProfile): string {
  const separator = profile.number.separator;
  const number = settings.documentNumber ?? '      ';
  return `${profile.number.prefix}${number}${separator}${settings.documentSymbol}`;
}

function headerBlock(settings: Settings, profile: DocumentProfile): Columns {
  const left: Paragraph[] = [];
  if (settings.parentBody !== null && settings.parentBody !== '') {
    left.push(paragraph('header', [text(settings.parentBody.toLocaleUpperCase('vi'))], profile.parentBody));
  }
  left.push(paragraph('header', [text(settings.issuingBody.toLocaleUpperCase('vi'))], profile.issuingBody));
  if (profile.issuingBodyMark === 'star') left.push(paragraph('header', [text('*')], profile.parentBody));
  left.push(paragraph('header', [text(numberLine(settings, profile))], profile.number));
  const right: Paragraph[] = [paragraph('header', [text(profile.nationalTitle.text)], profile.nationalTitle)];
  if (profile.motto !== null) right.push(paragraph('header', [text(profile.motto.text)], profile.motto));
  for (let i = 0; i < profile.placeDateSpacers; i += 1) right.push(paragraph('spacer', [], profile.placeDate));
  right.push(paragraph('header', [text(formatPlaceDate(settings.place, settings.documentDate))], profile.placeDate));
  return { type: 'columns', role: 'header', widths: profile.headerWidths, left, right };
}

function closingBlock(lookup: Lookup, settings: Settings, profile: DocumentProfile): Columns {
  const recipients = lookup.workbook.recipients.map((r) => r.recipient.replace(/[,.;]+$/, ''));
  const left: Paragraph[] = [paragraph('closing', [text(profile.recipientsTitle.text)], profile.recipientsTitle)];
  recipients.forEach((name, i) => {
    const end = i === recipients.length - 1 ? profile.recipient.lastLineEnd : profile.recipient.lineEnd;
    left.push(paragraph('closing', [text(`- ${name}${end}`)], profile.recipient));
  });
  const right: Paragraph[] = [
    paragraph('closing', [text(settings.signingAuthority.toLocaleUpperCase('vi'))], profile.signingAuthority),
    paragraph('closing', [text(settings.signerTitle.toLocaleUpperCase('vi'))], profile.signerTitle),
  ];
  for (let i = 0; i < profile.signatureSpaceLines; i += 1) right.push(paragraph('spacer', [], profile.signerTitle));
  right.push(paragraph('closing', [text(settings.signerName)], profile.signerName));
  return { type: 'columns', role: 'closing', widths: profile.closingWidths, left, right };
}

/** A paragraph whose whole text is "{{DV:UNIT}}": replaced by that unit's paragraphs. */
function wholeUnitInclusion(content: string): string | null {
  const segments = segmentText(content.trim());
  const only = segments.length === 1 ? segments[0] : undefined;
  return only?.type === 'placeholder' && only.placeholder.kind === 'unitText' ? only.placeholder.unit : null;
}

function sectionParagraphs(
  lookup: Lookup,
  settings: Settings,
  sectionId: string,
  state: ExpansionState,
  style: ParagraphStyle,
): Paragraph[] {
  const secretariat = settings.secretariatUnit;
  const body = (runs: Inline[]): Paragraph => paragraph('body', runs, style, { sectionId });
  const unitParagraphs = (unitId: string): Paragraph[] =>
    unitParagraphTexts(lookup, unitId, sectionId).map((p) => {
      const ctx: TextContext = { unitId, sectionId, inFootnote: false, where: p.where };
      return body(expandText(p.text, ctx, state));
    });

  const synthesis = unitParagraphTexts(lookup, secretariat, sectionId);
  if (synthesis.length > 0) {
    return synthesis.flatMap((p) => {
      const included = wholeUnitInclusion(p.text);
      // A paragraph that is only "{{DV:X}}" becomes X's paragraphs; the secretariat including
      // itself is expanded inline instead, where the cycle is reported and shown as "[?]".
      if (included !== null && included !== secretariat) {
        const paragraphs = unitParagraphTexts(lookup, included, sectionId).map((q) =>
          body(expandText(q.text, { unitId: included, sectionId, inFootnote: false, where: q.where, including: [secretariat] }, state)),
        );
        if (paragraphs.length === 0) {
          state.findings.push(makeFinding('UNIT_TEXT_NOT_FOUND', p.where, { unit: included, section: sectionId }));
        }
        return paragraphs;
      }
      return [body(expandText(p.text, { unitId: secretariat, sectionId, inFootnote: false, where: p.where }, state))];
    });
  }
  const writers = (lookup.writersOf.get(sectionId) ?? []).filter((id) => id !== secretariat);
  const labelled = writers.filter((id) => unitParagraphTexts(lookup, id, sectionId).length > 0).length > 1;
  return writers.flatMap((unitId) => {
    const paragraphs = unitParagraphs(unitId);
    const first = paragraphs[0];
    if (!labelled || first === undefined) return paragraphs;
    const name = lookup.unitsById.get(unitId)?.name ?? unitId;
    return [{ ...first, runs: mergeRuns([text(`${name}: `, { italic: true }), ...first.runs]) }, ...paragraphs.slice(1)];
  });
}

function headingParagraph(sectionId: string, title: string, profile: DocumentProfile): Paragraph {
  const level = Math.min(sectionLevel(sectionId), 4);
  const style = profile.headings[level - 1] ?? profile.body;
  const shownTitle = level === 1 ? title.toLocaleUpperCase('vi') : title;
  return paragraph('heading', [text(`${sectionNumberLabel(sectionId, profile.partSeparator)} ${shownTitle}`)], style, {
    level,
    sectionId,
  });
}

/** The settings' precision when it is one the contract allows (the parser reports any other), else the default. */
function percentDecimalsOf(settings: Settings): number {
  const def = SETTINGS_FIELDS.percentDecimals;
  const value = settings.percentDecimals;
  const range = def.range ?? { min: 0, max: 4 };
  return Number.isInteger(value) && value >= range.min && value <= range.max ? value : def.fallback;
}

export function compileReport(lookup: Lookup): Compilation {
  const settings = lookup.workbook.settings;
  if (settings === null) return { model: null, findings: [] };
  const profile = PROFILES[settings.profile];
  const state: ExpansionState = {
    lookup,
    numbers: { zeroPad: settings.zeroPad, percentDecimals: percentDecimalsOf(settings) },
    findings: [],
    footnotes: [],
    footnoteNumbers: new Map(),
    suspects: suspectsOf(evaluateRules(lookup).violations),
  };
  const summaryWhere: Where = { tab: 'Thiết lập', cell: lookup.workbook.settingsCells.summary ?? null };
  const summaryContext: TextContext = { unitId: settings.secretariatUnit, sectionId: null, inFootnote: false, where: summaryWhere };

  const blocks: Block[] = [
    headerBlock(settings, profile),
    paragraph('title', [text(settings.documentType.toLocaleUpperCase('vi'))], profile.documentType),
    paragraph('summary', expandText(settings.summary, summaryContext, state), profile.summary),
  ];

  for (const section of lookup.workbook.sections) {
    if (lookup.sectionsById.get(section.id) !== section) continue;
    blocks.push(headingParagraph(section.id, section.title, profile));
    const paragraphs = sectionParagraphs(lookup, settings, section.id, state, profile.body);
    const hasWriters = (lookup.writersOf.get(section.id) ?? []).length > 0;
    if (paragraphs.length === 0 && hasWriters) {
      state.findings.push(
        makeFinding('EMPTY_SECTION', { tab: section.at.tab, cell: cellOf(section.at, 'id') }, { section: section.id, title: section.title }),
      );
    }
    blocks.push(...paragraphs);
  }
  blocks.push(closingBlock(lookup, settings, profile));
  const appendix = appendixBlocks(lookup, settings, profile);
  blocks.push(...appendix.blocks);
  state.findings.push(...appendix.findings);

  const model: ReportModel = {
    title: `${settings.documentType} ${numberLine(settings, profile).replace(/^Số:? /, '')}`.replace(/\s+/g, ' ').trim(),
    page: profile.page,
    blocks,
    footnoteMarks: settings.footnoteMarks,
    footnotes: state.footnotes.map((f) => ({
      number: f.number,
      runs: mergeRuns(f.runs),
      source: f.source,
    })),
  };
  return { model, findings: state.findings };
}
