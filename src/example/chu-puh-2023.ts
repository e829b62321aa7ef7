/**
 * The built-in example workbook: Báo cáo 350-BC/HU of the Huyện ủy Chư Pưh (16 March 2023),
 * reviewing one year of Quyết định 529-QĐ/HU, entered as its units would have entered it. Every
 * figure of the report is an indicator typed once by the unit that owns it and inserted with
 * {{SL}}, {{TL}}, {{PT}} or {{NV}}; every citation comes from the document register. Two of the
 * original's mistakes are kept on purpose so that validation has something real to find: the
 * free-text "529-QĐ/TU … Tỉnh ủy" in footnote 2 (CITATION_MISMATCH) and the petitions of footnote 9,
 * 106 resolved + 14 in progress ≠ 124 received (RULE_VIOLATED, a warning).
 * This file only assembles the parts kept in ./config and ./units.
 */
import type { WorkbookData } from '../domain/workbook/data';
import { DOCUMENTS, INDICATORS, RECIPIENTS, RULES, SECTIONS, SETTINGS, UNITS } from './config';
import { BCHQS_SHEET, CAH_SHEET } from './units/armed';
import { BDVHU_SHEET } from './units/bdvhu';
import { COMMUNE_SHEETS } from './units/communes';
import { DTCT_SHEET, MTTQ_SHEET } from './units/front';
import { BTCHU_SHEET, CBMT_SHEET, VPHU_SHEET } from './units/party';
import { HDND_SHEET, PNV_SHEET, UBND_SHEET, VKS_SHEET } from './units/state';

export const CHU_PUH_2023: WorkbookData = {
  settings: SETTINGS,
  units: UNITS,
  sections: SECTIONS,
  indicators: INDICATORS,
  rules: RULES,
  documents: DOCUMENTS,
  recipients: RECIPIENTS,
  sheets: {
    BDVHU: BDVHU_SHEET,
    VPHU: VPHU_SHEET,
    CBMT: CBMT_SHEET,
    BTCHU: BTCHU_SHEET,
    HDND: HDND_SHEET,
    UBND: UBND_SHEET,
    PNV: PNV_SHEET,
    VKS: VKS_SHEET,
    BCHQS: BCHQS_SHEET,
    CAH: CAH_SHEET,
    ...COMMUNE_SHEETS,
    MTTQ: MTTQ_SHEET,
    DTCT: DTCT_SHEET,
  },
};
