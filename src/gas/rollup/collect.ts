/**
 * "Thu thập số liệu cấp dưới", one execution's share: read each child report named in the units
 * tab once (one paced Sheets API call each), summarize it (summarizeChild, the same validation
 * as everywhere), and write the summaries into the "Dữ liệu cấp dưới" tab in bulk (one rebuild
 * of the tab, under the document lock, every SAVE_EVERY children and when the step ends). The
 * report, check and progress actions then take children from that tab with no re-read.
 *
 * A collection is a job (document properties: who started it, when, how many runs). The cache
 * tab itself is the record of what the job has done: a child whose row was read at or after the
 * job's start is done and is never read again in that job; anything else is still to do. So a
 * step stopped by the time budget, by Google's quota or by an error keeps everything it saved,
 * the next step (a one-off trigger, as for a large set-up: setup-job.ts) reads exactly the rest,
 * and a child added to the units tab meanwhile is picked up. A lease stops two steps from
 * running at once. The parent never writes into a child: the only writes are to this
 * spreadsheet's cache and progress tabs.
 */
import type { RawWorkbook } from '../../domain/cells';
import type { IsoDateTime } from '../../domain/dates';
import { formatDateTimeNumeric } from '../../domain/format';
import { planChildCacheTab, sourceReadsFromCache } from '../../domain/rollup/cache';
import { sourcesNeeded, type NeededSource, type SourceContent } from '../../domain/rollup/sources';
import { readChild } from '../../domain/rollup/summarize';
import { CHILD_CACHE_TAB } from '../../domain/contract/tabs';
import { configTabProtection } from '../../app/setup-workbook';
import { EXECUTION_LIMIT_MS } from '../budget';
import type { GasContext, Reading } from '../context';
import { CONTINUE_COLLECT_HANDLER } from '../entry-points';
import { applyProtection, runner } from '../protections';
import { readJobRecord, type Continuation, type SetupJob } from '../setup-job';
import type { PropertiesSurface } from '../surface';
import { writePlan } from '../tab-writer';
import { declaresSources, readActionSources } from './action-sources';
import { OutOfTime, QuotaExhausted, type PacerStats } from './pacer';
import { COLLECT_CAPTION, isSourceFailure, SheetsSourceReader } from './source-reader';

export const COLLECT_JOB_KEY = 'baocao.collectJob';
/** While a step runs: until when (ISO instant) no other step may start. */
export const COLLECT_LEASE_KEY = 'baocao.collectLease';
export const COLLECT_PROGRESS_TAB = 'Tiến trình thu thập';
export const COLLECT_CONTINUATION: Continuation = { handler: CONTINUE_COLLECT_HANDLER, key: COLLECT_JOB_KEY };
/** The cache tab is saved at least this often, so an execution that dies loses little. */
export const SAVE_EVERY = 25;

export interface CollectJob extends SetupJob {
  /** When its last step ended (epoch ms): a job idle for longer than ABANDONED_AFTER_MS is not continued. */
  readonly lastRunMs: number;
}

/**
 * A collection whose last step ended longer ago than this is over (its trigger failed, or was
 * deleted): clicking the menu then starts afresh instead of trusting reads from back then. A
 * healthy job steps about once a minute.
 */
export const ABANDONED_AFTER_MS = 30 * 60 * 1000;

export type CollectStop = 'finished' | 'time' | 'quota';

export interface CollectStep {
  /** Child reports named in the units tab. */
  readonly children: number;
  /** Read in this step. */
  readonly readNow: number;
  /** Read since the job started (this step included). */
  readonly done: number;
  /** Children read in this job that could not be used, with why. */
  readonly failures: ReadonlyArray<{ readonly unitId: string; readonly name: string; readonly detail: string }>;
  readonly stop: CollectStop;
  readonly reads: PacerStats;
}

export function readCollectJob(properties: PropertiesSurface): CollectJob | null {
  const job = readJobRecord(properties, COLLECT_JOB_KEY);
  // Stricter than a setup job: a collection without its start time is no collection to continue.
  if (job === null || typeof job.startedAt !== 'string') return null;
  return { owner: job.owner, startedAt: job.startedAt, runs: job.runs, lastRunMs: typeof job.lastRunMs === 'number' ? job.lastRunMs : 0 };
}

/** Takes the lease for one step, or returns when the running step's lease ends. Call under the document lock. */
export function takeLease(ctx: GasContext): string | null {
  const props = ctx.properties();
  const until = props.getProperty(COLLECT_LEASE_KEY);
  const now = ctx.clock().getTime();
  if (until !== null && Date.parse(until) > now) return until;
  props.setProperty(COLLECT_LEASE_KEY, new Date(now + EXECUTION_LIMIT_MS).toISOString());
  return null;
}

export function releaseLease(ctx: GasContext): void {
  ctx.properties().deleteProperty(COLLECT_LEASE_KEY);
}

/** Rewrites the cache tab with every child's latest read (one write of the tab), creating and protecting it the first time. */
function saveCache(ctx: GasContext, children: ReadonlyArray<NeededSource>, reads: ReadonlyMap<string, SourceContent>, secretariat: ReadonlyArray<string>): void {
  const plan = planChildCacheTab(children, reads);
  ctx.withLock(() => {
    const spreadsheet = ctx.spreadsheet();
    const existing = spreadsheet.getSheetByName(CHILD_CACHE_TAB.name);
    const sheet = existing ?? spreadsheet.insertSheet(CHILD_CACHE_TAB.name);
    if (existing !== null) sheet.clear();
    writePlan(sheet, plan, ctx.g.SpreadsheetApp);
    if (existing === null) {
      applyProtection(sheet, configTabProtection(CHILD_CACHE_TAB.name, secretariat), ctx.g.SpreadsheetApp, runner(ctx));
    }
  });
}

/**
 * The child's content from its cells (readChild: its summary, or why it is no baocao report). A
 * child whose own units live in shards has those read too, one call each, as its own actions
 * would. Summarizing is meant never to throw; should it, this child fails alone.
 */
function summarized(raw: RawWorkbook, shown: string, readAt: string, reader: SheetsSourceReader, ctx: GasContext): SourceContent {
  try {
    return readChild(raw, readAt, declaresSources(raw) ? readActionSources(raw, reader, () => ctx.nowIso()) : undefined);
  } catch {
    return {
      kind: 'failed',
      failure: {
        kind: 'unreadable',
        detail: `không tổng hợp được báo cáo "${shown}": nội dung bảng tính có chỗ chương trình chưa đọc được. Hãy đề nghị đơn vị chạy Kiểm tra dữ liệu trong bảng tính đó, rồi chạy lại ${COLLECT_CAPTION}.`,
      },
      readAt,
    };
  }
}

function readAtOf(content: SourceContent | undefined): string | null {
  if (content === undefined || content.kind === 'shard') return null;
  return content.readAt ?? null;
}

/** One execution's share of the job that started at `startedAt`, from this execution's read of the spreadsheet. */
export function collectStep(ctx: GasContext, reading: Pick<Reading, 'raw' | 'check'>, startedAt: IsoDateTime | string): CollectStep {
  const { raw, check } = reading;
  const secretariat = check.workbook.settings?.secretariatEmails ?? [];
  const children = sourcesNeeded(raw).filter((s) => s.kind === 'child');
  const cached = sourceReadsFromCache(raw);
  const doneBefore = (child: NeededSource) => (readAtOf(cached.get(child.key)) ?? '') >= startedAt;
  const todo = children.filter((c) => !doneBefore(c));
  const fresh = new Map<string, SourceContent>();
  const reader = new SheetsSourceReader(ctx.sheetsApi(), ctx.readPacer(), () => ctx.me());
  const merged = () => new Map<string, SourceContent>([...cached, ...fresh]);
  let stop: CollectStop = 'finished';
  let unsaved = 0;
  try {
    for (const child of todo) {
      if (ctx.budget.exhausted()) {
        stop = 'time';
        break;
      }
      const read = reader.readWhole(child.source);
      const readAt = ctx.nowIso();
      // A failure is stamped too: the cache says when it was tried, and this job does not try it again.
      fresh.set(child.key, isSourceFailure(read) ? { kind: 'failed', failure: read, readAt } : summarized(read.raw, read.title || child.source, readAt, reader, ctx));
      unsaved += 1;
      if (unsaved >= SAVE_EVERY) {
        saveCache(ctx, children, merged(), secretariat);
        unsaved = 0;
      }
    }
  } catch (error) {
    if (error instanceof OutOfTime) stop = 'time';
    else if (error instanceof QuotaExhausted) stop = 'quota';
    else {
      if (unsaved > 0) saveCache(ctx, children, merged(), secretariat);
      throw error;
    }
  }
  // Saved also when nothing was read now: children no longer in the units tab leave the cache.
  if (children.length > 0 || ctx.spreadsheet().getSheetByName(CHILD_CACHE_TAB.name) !== null) saveCache(ctx, children, merged(), secretariat);
  const all = merged();
  const finishedChildren = children.filter((c) => (readAtOf(all.get(c.key)) ?? '') >= startedAt);
  if (stop === 'finished' && finishedChildren.length < children.length) stop = 'time';
  const failures = finishedChildren.flatMap((c) => {
    const content = all.get(c.key);
    const name = check.lookup.unitsById.get(c.unitId)?.name ?? c.unitId;
    return content?.kind === 'failed' ? [{ unitId: c.unitId, name, detail: content.failure.detail }] : [];
  });
  return { children: children.length, readNow: fresh.size, done: finishedChildren.length, failures, stop, reads: ctx.readPacer().stats() };
}

/** What one step did, for the alert and the progress tab. */
export function stepLines(step: CollectStep, job: CollectJob, now: string): string[] {
  const lines = [
    step.stop === 'finished'
      ? 'THU THẬP SỐ LIỆU CẤP DƯỚI: ĐÃ XONG (có thể xóa tab này)'
      : 'THU THẬP SỐ LIỆU CẤP DƯỚI: ĐANG TỰ CHẠY TIẾP, khoảng 1 phút một lần',
    `Bắt đầu lúc ${formatDateTimeNumeric(job.startedAt)}; lần chạy ${job.runs}, lúc ${formatDateTimeNumeric(now)}.`,
    `Đã đọc ${step.done}/${step.children} báo cáo cấp dưới (lần chạy này ${step.readNow}); mỗi báo cáo chỉ đọc một lần.`,
  ];
  if (step.failures.length > 0) {
    lines.push(`${step.failures.length} báo cáo không đọc được, xem cột Ghi chú ở tab "${CHILD_CACHE_TAB.name}":`);
    for (const f of step.failures.slice(0, 10)) lines.push(`- ${f.name} (${f.unitId}): ${f.detail}`);
    if (step.failures.length > 10) lines.push(`- … và ${step.failures.length - 10} báo cáo khác.`);
  }
  if (step.stop === 'quota') lines.push('Google tạm giới hạn số lần đọc mỗi phút; phần còn lại tự chạy tiếp sau ít phút.');
  if (step.stop === 'finished') lines.push(`Số liệu đã lưu ở tab "${CHILD_CACHE_TAB.name}"; Tạo báo cáo và Tiến độ dùng ngay số liệu này.`);
  return lines;
}
