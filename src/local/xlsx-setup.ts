/**
 * "Set up the workbook" offline (`baocao setup bc.xlsx`): the same plan as the Sheets menu
 * (src/app/setup-workbook.ts planSetup) applied to an .xlsx file. It adds the missing tabs (one
 * per unit, with its indicators and sections pre-filled, and any missing configuration tab) at
 * the end of the workbook and changes nothing else: every existing tab, with or without data,
 * stays byte-identical, and so does every part of the file the writer does not own. Orphaned
 * unit tabs are reported, not marked (marking would write into a tab). Tabs whose name Excel
 * refuses are skipped with the reason, for the clerk to fix in the units tab. Bytes in, bytes
 * out: the command (src/local/cli/commands/setup.ts) reads and rewrites the file.
 */
import { checkWorkbook, type WorkbookCheck } from '../app/check-workbook';
import { planSetup } from '../app/setup-workbook';
import { readXlsxBytes } from './xlsx-read';
import { addTabsToXlsx, tabNameProblem } from './xlsx/write-package';

export interface SkippedTab {
  readonly tab: string;
  /** Vietnamese reason ("tên tab dài quá 31 ký tự"). */
  readonly reason: string;
}

export interface SetupXlsxResult {
  /** The workbook after set-up: the input bytes themselves when nothing had to be created. */
  readonly bytes: Uint8Array;
  /** Names of the tabs added, in workbook order. */
  readonly created: ReadonlyArray<string>;
  readonly skipped: ReadonlyArray<SkippedTab>;
  /** Unit tabs whose unit is no longer in the units tab (kept as they are). */
  readonly orphans: ReadonlyArray<string>;
  /** The check of the workbook as it was read (its findings say what else to fix). */
  readonly check: WorkbookCheck;
}

export interface SetupXlsxOptions {
  /** How to name the file in messages. */
  readonly fileLabel?: string;
  /** Time stamp of the new zip entries. */
  readonly now?: Date;
}

/** Buffer in, buffer out: reads the workbook, plans the set-up, adds the missing tabs. */
export function setupXlsx(input: Uint8Array, options: SetupXlsxOptions = {}): SetupXlsxResult {
  const raw = readXlsxBytes(input, options.fileLabel === undefined ? {} : { fileLabel: options.fileLabel });
  const check = checkWorkbook({ read: () => raw });
  const plan = planSetup(raw, check);
  const skipped: SkippedTab[] = [];
  const create = plan.create.filter((tab) => {
    const problem = tabNameProblem(tab.name);
    if (problem !== null) skipped.push({ tab: tab.name, reason: problem });
    return problem === null;
  });
  const bytes = create.length === 0 ? input : addTabsToXlsx(input, create, options.now);
  return { bytes, created: create.map((t) => t.name), skipped, orphans: plan.orphans, check };
}
