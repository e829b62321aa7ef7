/**
 * The nine communes' tabs in the example (thị trấn Nhơn Hòa and eight xã). They write no text for
 * II.2.6 (the secretariat writes its synthesis); they report figures only. The seed gives district
 * totals, so the split across communes is invented but adds up exactly: 08 lượt, 45 đơn (35 giải
 * quyết + 10 đang giải quyết), 74 thôn, làng, 74 trưởng thôn, 70 (lễ) and 63 (lễ và hội) thôn,
 * 74 Tổ dân vận and 09/09 applying ISO 9001.
 */
import type { UnitSheetData } from '../../domain/workbook/data';
import { sheet } from './sheet';

/** Commune ids in the order of the units tab. */
export const COMMUNE_IDS = [
  'XA_NHONHOA',
  'XA_IAHRU',
  'XA_IARONG',
  'XA_IADRENG',
  'XA_IAHLA',
  'XA_IAPHANG',
  'XA_IALE',
  'XA_IABLU',
  'XA_CHUDON',
] as const;

/** One column per commune, in COMMUNE_IDS order; the comment gives the district total. */
const SPLIT: Readonly<Record<string, ReadonlyArray<number>>> = {
  XA_TIEP_CONG_DAN_LUOT: [2, 1, 1, 1, 0, 1, 1, 1, 0], // 8
  XA_DON_TIEP_NHAN: [8, 5, 6, 5, 4, 5, 4, 5, 3], // 45
  XA_DON_DA_GIAI_QUYET: [6, 4, 5, 4, 3, 4, 3, 4, 2], // 35
  XA_DON_DANG_GIAI_QUYET: [2, 1, 1, 1, 1, 1, 1, 1, 1], // 10
  XA_SO_THON: [12, 8, 7, 10, 9, 8, 7, 6, 7], // 74
  XA_TRUONG_THON_BAU: [12, 8, 7, 10, 9, 8, 7, 6, 7], // 74
  XA_THON_PHAN_LE: [11, 8, 7, 9, 9, 8, 6, 6, 6], // 70
  XA_THON_LE_HOI: [10, 7, 6, 8, 8, 7, 6, 5, 6], // 63
  XA_TO_DAN_VAN: [12, 8, 7, 10, 9, 8, 7, 6, 7], // 74
  XA_AP_DUNG_ISO: [1, 1, 1, 1, 1, 1, 1, 1, 1], // 9
};

function communeSheet(index: number): UnitSheetData {
  const figures: Record<string, number> = {};
  for (const [code, values] of Object.entries(SPLIT)) figures[code] = values[index] ?? 0;
  return sheet({ figures });
}

export const COMMUNE_SHEETS: Readonly<Record<string, UnitSheetData>> = Object.fromEntries(
  COMMUNE_IDS.map((id, index) => [id, communeSheet(index)]),
);
