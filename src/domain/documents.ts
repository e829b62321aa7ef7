/**
 * Official document numbers and symbols ("số, ký hiệu"): Party form "529-QĐ/HU", State form
 * "172/QĐ-UBND", normative form "30/2020/NĐ-CP", laws "22/2015/QH13". Parses them, knows which
 * abbreviation means which kind of document and which issuer code means which body, finds
 * citations written as free text in a narrative, and renders citations from the registry.
 */
import type { DocumentRecord } from './contract/tables';
import { formatDatePhrase, formatDateShort } from './format';
import { toneKey } from './text';

export type DocumentSystem = 'party' | 'state';

export interface ParsedSymbol {
  readonly system: DocumentSystem;
  readonly number: string;
  readonly year: string | null;
  /** Kind abbreviation, e.g. "QĐ", "KH", "CTr"; empty for laws and State công văn. */
  readonly abbreviation: string;
  /** Issuer codes in order, e.g. ["BDVHU", "UBND"] for a joint programme. */
  readonly issuers: ReadonlyArray<string>;
}

const LETTERS = 'A-Za-zĐđ';
const PARTY = new RegExp(`^(\\d+)-([${LETTERS}]+)\\/([${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*)$`, 'u');
const STATE = new RegExp(`^(\\d+)\\/(?:(\\d{4})\\/)?([${LETTERS}]+)-([${LETTERS}0-9]+(?:-[${LETTERS}0-9]+)*)$`, 'u');
const LAW = /^(\d+)\/(\d{4})\/(QH\d+)$/u;

/** Canonical spelling for comparisons: NFC, no spaces, "Đ" kept, case-folded Latin letters. */
export function symbolKey(symbol: string): string {
  return symbol.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

export function parseSymbol(text: string): ParsedSymbol | null {
  const symbol = text.normalize('NFC').replace(/\s+/g, '');
  const party = PARTY.exec(symbol);
  if (party) {
    return {
      system: 'party',
      number: party[1] ?? '',
      year: null,
      abbreviation: party[2] ?? '',
      issuers: (party[3] ?? '').split('-'),
    };
  }
  const state = STATE.exec(symbol);
  if (state) {
    return {
      system: 'state',
      number: state[1] ?? '',
      year: state[2] ?? null,
      abbreviation: state[3] ?? '',
      issuers: (state[4] ?? '').split('-'),
    };
  }
  const law = LAW.exec(symbol);
  if (law) return { system: 'state', number: law[1] ?? '', year: law[2] ?? null, abbreviation: '', issuers: [law[3] ?? ''] };
  return null;
}

/** Kind abbreviations and the kinds (loại văn bản) they stand for. */
export const KIND_ABBREVIATIONS: Readonly<Record<string, ReadonlyArray<string>>> = {
  'QĐ': ['Quyết định', 'Quy định'],
  'QĐI': ['Quy định'],
  KH: ['Kế hoạch'],
  HD: ['Hướng dẫn'],
  HDLB: ['Hướng dẫn', 'Hướng dẫn liên bộ', 'Hướng dẫn liên ngành'],
  CT: ['Chỉ thị'],
  KL: ['Kết luận'],
  CV: ['Công văn'],
  CTR: ['Chương trình', 'Chương trình phối hợp', 'Chương trình hành động'],
  BC: ['Báo cáo'],
  NQ: ['Nghị quyết'],
  TB: ['Thông báo'],
  TTR: ['Tờ trình'],
  'NĐ': ['Nghị định'],
  TT: ['Thông tư'],
  PL: ['Pháp lệnh'],
  QC: ['Quy chế'],
};

/** Issuer codes whose body is unambiguous, with the words the body's name must contain. */
export const ISSUER_CODES: Readonly<Record<string, { readonly name: string; readonly words: ReadonlyArray<string> }>> = {
  TW: { name: 'cấp Trung ương', words: ['trung ương', 'bộ chính trị', 'ban bí thư'] },
  TU: { name: 'Tỉnh ủy', words: ['tỉnh ủy'] },
  HU: { name: 'Huyện ủy', words: ['huyện ủy'] },
  'ĐU': { name: 'Đảng ủy', words: ['đảng ủy'] },
  'BDVTW': { name: 'Ban Dân vận Trung ương', words: ['ban dân vận trung ương'] },
  'BDVTU': { name: 'Ban Dân vận Tỉnh ủy', words: ['ban dân vận tỉnh ủy'] },
  'BDVHU': { name: 'Ban Dân vận Huyện ủy', words: ['ban dân vận huyện ủy'] },
  UBND: { name: 'Ủy ban nhân dân', words: ['ủy ban nhân dân'] },
  'HĐND': { name: 'Hội đồng nhân dân', words: ['hội đồng nhân dân'] },
  TTG: { name: 'Thủ tướng Chính phủ', words: ['thủ tướng'] },
  CP: { name: 'Chính phủ', words: ['chính phủ'] },
  BQP: { name: 'Bộ Quốc phòng', words: ['bộ quốc phòng'] },
};

export function kindMatchesAbbreviation(kind: string, abbreviation: string): boolean | null {
  const kinds = KIND_ABBREVIATIONS[abbreviation.toUpperCase()];
  if (kinds === undefined) return null;
  const key = toneKey(kind);
  return kinds.some((k) => toneKey(k) === key || key.startsWith(toneKey(k)));
}

/** The issuer codes of a symbol that contradict the issuing body's name (known codes only). */
export function contradictingIssuerCodes(symbol: ParsedSymbol, issuer: string): string[] {
  const key = toneKey(issuer);
  return symbol.issuers.filter((code) => {
    const known = ISSUER_CODES[code.toUpperCase()];
    return known !== undefined && !known.words.some((w) => key.includes(w));
  });
}

export type CitationStyle = 'full' | 'short' | 'dated';
export type DateStyle = 'long' | 'short';

/**
 * "Kế hoạch số 141/KH-UBND ngày 27/5/2022 của Ủy ban nhân dân huyện về việc thực hiện …".
 * `short`: "Kế hoạch số 141/KH-UBND"; `dated`: without the summary.
 */
export function formatCitation(doc: DocumentRecord, style: CitationStyle, dateStyle: DateStyle): string {
  let text = `${doc.kind} số ${doc.numberSymbol}`;
  if (style === 'short') return text;
  if (doc.issuedOn !== null) {
    text += dateStyle === 'long' ? ` ${formatDatePhrase(doc.issuedOn)}` : ` ngày ${formatDateShort(doc.issuedOn)}`;
  }
  text += ` của ${doc.issuer}`;
  if (style === 'full' && doc.summary !== null && doc.summary !== '') text += ` ${doc.summary}`;
  return text;
}

const KIND_WORDS = [
  'Quyết định',
  'Quy định',
  'Kế hoạch',
  'Hướng dẫn',
  'Chỉ thị',
  'Kết luận',
  'Công văn',
  'Chương trình phối hợp',
  'Chương trình',
  'Nghị quyết',
  'Thông báo',
  'Nghị định',
  'Thông tư',
  'Pháp lệnh',
  'Báo cáo',
  'Tờ trình',
  'Quy chế',
  'Luật',
];

const MONTHS_WORD = '(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})';
const CITATION = new RegExp(
  `(${KIND_WORDS.join('|')})\\s+(?:số\\s+)?(\\d+(?:\\/\\d{4})?[-/][${LETTERS}]+(?:[-/][${LETTERS}0-9]+)*)` +
    `(?:,?\\s+ngày\\s+(?:${MONTHS_WORD}|(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4})))?`,
  'giu',
);

export interface TextCitation {
  /** The citation as written, e.g. "Quyết định số 529-QĐ/TU ngày 11 tháng 02 năm 2022". */
  readonly text: string;
  readonly kind: string;
  readonly symbol: string;
  readonly date: string | null;
  readonly index: number;
}

/** Finds citations written as free text ("Quyết định số 529-QĐ/TU ngày 11 tháng 02 năm 2022"). */
export function findCitations(text: string): TextCitation[] {
  const found: TextCitation[] = [];
  for (const m of text.normalize('NFC').matchAll(CITATION)) {
    const day = m[3] ?? m[6];
    const month = m[4] ?? m[7];
    const year = m[5] ?? m[8];
    const date =
      day !== undefined && month !== undefined && year !== undefined
        ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
        : null;
    found.push({
      text: m[0],
      kind: m[1] ?? '',
      symbol: (m[2] ?? '').replace(/[.,;]+$/, ''),
      date,
      index: m.index ?? 0,
    });
  }
  return found;
}
