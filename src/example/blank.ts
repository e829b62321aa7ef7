/**
 * The blank workbook that `baocao init --blank` writes: every tab laid out with its headers,
 * dropdowns and help, settings at their defaults, and no units, sections or figures yet.
 */
import type { WorkbookData } from '../domain/workbook/data';

export const BLANK_WORKBOOK: WorkbookData = {
  settings: { profile: 'party', documentType: 'BÁO CÁO', zeroPad: true, percentDecimals: 2 },
  units: [],
  sections: [],
  indicators: [],
  rules: [],
  documents: [],
  recipients: [],
  sheets: {},
};
