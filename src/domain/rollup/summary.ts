/**
 * What a parent report keeps of a child report (roll-up, issue 11): the child's computed totals,
 * task counts, completeness and submission, its findings in brief and its secretariat's
 * addresses. Computed where the child is read (a worker thread offline, the add-in in Sheets),
 * cached in the parent's "Dữ liệu cấp dưới" tab as JSON, and read back without re-reading the
 * child. The shape is declared once, as a zod/mini schema; the type is inferred from it. The
 * schema itself is used by Node code and tests; the Apps Script bundle imports only the type
 * (./summary-parse checks a cached summary without zod, and a test holds the two together).
 */
import * as z from 'zod/mini';
import { CHILD_SUMMARY_VERSION } from './limits';

const count = z.number().check(z.int(), z.minimum(0));

export const CHILD_SUMMARY_SCHEMA = z.object({
  version: z.literal(CHILD_SUMMARY_VERSION),
  /** The child's issuing body and place, as its settings write them. */
  issuingBody: z.string(),
  place: z.nullable(z.string()),
  /** The child's period key ("2026-Q1"), to refuse a child reporting another period. */
  periodKey: z.nullable(z.string()),
  /** Indicator code → the child's total over its own units (null: not computable there). */
  totals: z.record(z.string(), z.nullable(z.number())),
  /** Task group → done / assigned over the child's units. */
  tasks: z.record(z.string(), z.object({ done: count, total: count })),
  /** The child's own units (its secretariat's tab not counted): expected in the period, submitted, complete, on time. */
  units: z.object({ expected: count, submitted: count, complete: count, onTime: count }),
  /** The first of the child's units not yet submitted, in its units tab's order (for reminders). */
  pendingUnits: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The child report itself is submitted: its secretariat's own tab is submitted. */
  submitted: z.boolean(),
  submittedAt: z.nullable(z.string()),
  errors: count,
  warnings: count,
  /** The first findings (errors first), already in Vietnamese, with tab and cell in the child. */
  findings: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      tab: z.nullable(z.string()),
      cell: z.nullable(z.string()),
      message: z.string(),
    }),
  ),
  secretariatEmails: z.array(z.string()),
});

export type ChildSummary = z.infer<typeof CHILD_SUMMARY_SCHEMA>;
