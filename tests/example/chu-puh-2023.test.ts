/**
 * Behaviour of the built-in example (Báo cáo 350-BC/HU, Chư Pưh, 2023): it lays out and validates
 * with only the two mistakes of the original left in, every unit is reachable and has submitted,
 * and the figures, ratios and footnotes of the real report come out of the data.
 */
import { a1 } from '../../src/domain/cells';
import { FIGURE_COLUMNS, FOOTNOTE_COLUMNS } from '../../src/domain/contract/tables';
import { FIGURES_BLOCK, FOOTNOTES_BLOCK, TAB_NAME_FORBIDDEN, TAB_NAME_MAX } from '../../src/domain/contract/tabs';
import { aggregateFigure, countTasks } from '../../src/domain/figures';
import { segmentText } from '../../src/domain/report/placeholders';
import { validateWorkbook } from '../../src/domain/validate/validate';
import { planWorkbookFromData, rawFromPlans, type TabPlan } from '../../src/domain/workbook/layout';
import { CHU_PUH_2023 } from '../../src/example/chu-puh-2023';

const plans = planWorkbookFromData(CHU_PUH_2023);
const validation = validateWorkbook(rawFromPlans(plans));

function planOf(tab: string): TabPlan {
  const plan = plans.find((p) => p.name === tab);
  if (plan === undefined) throw new Error(`no tab ${tab}`);
  return plan;
}

/** A1 of `field` in the row of block `blockTitle` whose first cell is `key`, as laid out. */
function cellInBlock(tab: string, blockTitle: string, key: string, column: number): string {
  const rows = planOf(tab).rows;
  const start = rows.findIndex((r) => r[0] === blockTitle);
  const offset = rows.slice(start).findIndex((r) => r[0] === key);
  if (start < 0 || offset < 0) throw new Error(`no ${key} under ${blockTitle} in ${tab}`);
  return a1(start + offset + 1, column);
}

const columnOf = (columns: object, field: string): number => Object.keys(columns).indexOf(field) + 1;

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('the Chư Pưh 2023 example workbook', () => {
  it('validates without errors, leaving exactly the two mistakes of the original as warnings', () => {
    const { findings } = validation;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => ({ severity: f.severity, code: f.code, tab: f.tab, cell: f.cell }))).toEqual([
      {
        severity: 'warning',
        code: 'CITATION_MISMATCH',
        tab: 'BDV Huyện ủy',
        cell: cellInBlock('BDV Huyện ủy', FOOTNOTES_BLOCK.title, 'KT_BTV', columnOf(FOOTNOTE_COLUMNS, 'text')),
      },
      {
        severity: 'warning',
        code: 'RULE_VIOLATED',
        tab: 'UBND huyện',
        cell: cellInBlock('UBND huyện', FIGURES_BLOCK.title, 'DON_TIEP_NHAN', columnOf(FIGURE_COLUMNS, 'value')),
      },
    ]);
    expect(findings[0]?.message).toContain('529-QĐ/TU');
    expect(findings[0]?.message).toContain('529-QĐ/HU');
    expect(findings[1]?.message).toContain('vế trái bằng 120, vế phải bằng 124');
    const figure = (code: string) => cellInBlock('UBND huyện', FIGURES_BLOCK.title, code, columnOf(FIGURE_COLUMNS, 'value'));
    expect(findings[1]?.cells).toEqual([
      { tab: 'UBND huyện', cell: figure('DON_TIEP_NHAN'), label: 'DON_TIEP_NHAN', value: '124' },
      { tab: 'UBND huyện', cell: figure('DON_DA_GIAI_QUYET'), label: 'DON_DA_GIAI_QUYET', value: '106' },
      { tab: 'UBND huyện', cell: figure('DON_DANG_GIAI_QUYET'), label: 'DON_DANG_GIAI_QUYET', value: '14' },
    ]);
  });

  it('gives every unit a contact at example.org and records its submission by the deadline', () => {
    const deadline = CHU_PUH_2023.settings.deadline ?? '';
    expect(CHU_PUH_2023.units).toHaveLength(21);
    for (const unit of CHU_PUH_2023.units) {
      expect(unit.emails?.length).toBeGreaterThan(0);
      for (const email of unit.emails ?? []) expect(email).toMatch(/^[a-z]+@example\.org$/);
      expect(unit.submittedAt).not.toBeNull();
      expect((unit.submittedAt ?? '').slice(0, 10) <= deadline).toBe(true);
      expect(unit.emails).toContain(unit.submittedBy);
    }
  });

  it('keeps every tab name within what Excel and Google Sheets accept', () => {
    for (const unit of CHU_PUH_2023.units) {
      expect(unit.tab.length).toBeLessThanOrEqual(TAB_NAME_MAX);
      expect(unit.tab).not.toMatch(TAB_NAME_FORBIDDEN);
    }
  });

  it("counts 34 of 37 focus tasks and 53 of 55 directives done in the Chi bộ Mặt trận's tab", () => {
    const tasks = CHU_PUH_2023.sheets['CBMT']?.tasks ?? [];
    expect(countTasks(tasks, 'NVTT')).toEqual({ done: 34, total: 37 });
    expect(countTasks(tasks, 'KL')).toEqual({ done: 53, total: 55 });
  });

  it('writes every text in Unicode NFC', () => {
    const strings = allStrings(CHU_PUH_2023);
    expect(strings.length).toBeGreaterThan(500);
    expect(strings.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
  });

  it('holds the key figures of the original, the communes adding up to the district totals', () => {
    const figures: Array<[string, number]> = [
      ['HN_QUAN_TRIET_CB', 200],
      ['DOAN_KT', 8],
      ['HDND_TXCT_LUOT', 3500],
      ['HDND_DOAN_GIAM_SAT', 18],
      ['HDND_TXCT_DIEM', 27],
      ['UBND_KT_NOI_VU_XA', 9],
      ['DON_TIEP_NHAN', 124],
      ['DON_DA_GIAI_QUYET', 106],
      ['DON_DANG_GIAI_QUYET', 14],
      ['TIEP_LUOT', 184],
      ['TIEP_NGUOI', 207],
      ['KENH_MUONG_KM', 2.4],
      ['BANH_CHUNG_TIEN', 6.5],
      ['HO_NGHEO_GIUP_TIEN', 15.7],
      ['TN_QUA_TIEN', 189880000],
      ['TT_LUOT', 11245],
      ['TT_GT_THON_NGUOI', 8463],
      ['LUOT_TUONG_TAC', 390500],
      ['TO_TAC_CHIEN_MANG_TV', 106],
      ['XA_TIEP_CONG_DAN_LUOT', 8],
      ['XA_DON_TIEP_NHAN', 45],
      ['XA_DON_DA_GIAI_QUYET', 35],
      ['XA_DON_DANG_GIAI_QUYET', 10],
      ['XA_SO_THON', 74],
      ['XA_TRUONG_THON_BAU', 74],
      ['XA_THON_PHAN_LE', 70],
      ['XA_THON_LE_HOI', 63],
      ['XA_TO_DAN_VAN', 74],
      ['XA_AP_DUNG_ISO', 9],
    ];
    const actual = figures.map(([code]) => [code, aggregateFigure(validation.lookup, code).value]);
    expect(actual).toEqual(figures);
    expect(validation.lookup.reportersOf.get('XA_DON_TIEP_NHAN')).toHaveLength(9);
  });

  it('anchors fourteen footnotes, each once, in the order of the original', () => {
    const { lookup } = validation;
    const secretariat = CHU_PUH_2023.settings.secretariatUnit ?? '';
    const anchors: string[] = [];
    const collect = (unitId: string, sectionId: string): void => {
      for (const row of lookup.sheet(unitId)?.narratives ?? []) {
        if (row.section !== sectionId || row.text === null) continue;
        for (const s of segmentText(row.text)) {
          if (s.type !== 'placeholder') continue;
          if (s.placeholder.kind === 'footnote') anchors.push(`${unitId}/${s.placeholder.id}`);
          if (s.placeholder.kind === 'unitText' && unitId === secretariat) collect(s.placeholder.unit, sectionId);
        }
      }
    };
    for (const section of CHU_PUH_2023.sections) {
      const writers = lookup.writersOf.get(section.id) ?? [];
      if (writers.includes(secretariat)) collect(secretariat, section.id);
      else writers.forEach((id) => collect(id, section.id));
    }
    expect(anchors).toEqual([
      'BDVHU/VB_QUAN_TRIET',
      'BDVHU/KT_BTV',
      'BDVHU/KT_BDV',
      'HDND/GIAM_SAT',
      'HDND/TIEP_XUC_CU_TRI',
      'UBND/VB_DAN_VAN',
      'UBND/VB_CCHC',
      'UBND/MOT_CUA',
      'UBND/DON_THU',
      'UBND/TIEP_DAN',
      'BCHQS/DAN_VAN_LLVT',
      'CAH/TUYEN_TRUYEN',
      'CAH/MO_HINH',
      'BDVHU/DON_THU_XA',
    ]);
    const declared = Object.entries(CHU_PUH_2023.sheets).flatMap(([id, s]) => s.footnotes.map((f) => `${id}/${f.id}`));
    expect([...declared].sort()).toEqual([...anchors].sort());
  });

  it('types no figure into a footnote: every number comes from a placeholder', () => {
    // Literal digits allowed: years, names ("Ban Chỉ đạo 35", "Kênh thông tin 360"), the
    // session numbers "thứ 6, thứ 7", and the original's wrong citation kept for validation.
    const allowed = [/\b(19|20)\d\d\b/g, /Ban Chỉ đạo 35/g, /Kênh thông tin 360/g, /thứ 6, thứ 7/g, /529-QĐ\/TU ngày 11 tháng 02/g];
    const leftovers = Object.values(CHU_PUH_2023.sheets)
      .flatMap((s) => s.footnotes)
      .map((f) => {
        const literal = segmentText(f.text)
          .map((s) => (s.type === 'text' ? s.text : ' '))
          .join('');
        return [f.id, allowed.reduce((text, pattern) => text.replace(pattern, ''), literal).match(/\d+/g)];
      })
      .filter(([, digits]) => digits !== null);
    expect(leftovers).toEqual([]);
  });

  it('registers every cited document with a summary that reads "về …"', () => {
    const registered = [...CHU_PUH_2023.documents, ...Object.values(CHU_PUH_2023.sheets).flatMap((s) => s.documents)];
    for (const doc of registered) if (doc.summary !== null) expect(doc.summary).toMatch(/^về /);
    const cited = new Set(
      allStrings(CHU_PUH_2023.sheets).flatMap((text) =>
        segmentText(text).flatMap((s) => (s.type === 'placeholder' && s.placeholder.kind === 'document' ? [s.placeholder.id] : [])),
      ),
    );
    expect([...cited].filter((id) => !registered.some((d) => d.id === id))).toEqual([]);
  });
});
