/**
 * Reads a ChildSummary back from JSON (the "Dữ liệu cấp dưới" tab) without zod, so it can run in
 * the Apps Script bundle: every field of ./summary's schema is checked by hand, and anything else
 * (another version, a damaged cell, a missing field) gives null, which means "read the child
 * again". tests/domain/rollup/summary-parse.test.ts holds this check and the schema together.
 */
import { CHILD_SUMMARY_VERSION } from './limits';
import type { ChildSummary } from './summary';

type Json = unknown;

const isRecord = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: Json): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isNullableString = (v: Json): v is string | null => v === null || typeof v === 'string';
const isNullableNumber = (v: Json): v is number | null => v === null || (typeof v === 'number' && Number.isFinite(v));

function isFinding(v: Json): boolean {
  return (
    isRecord(v) &&
    typeof v['code'] === 'string' &&
    (v['severity'] === 'error' || v['severity'] === 'warning') &&
    isNullableString(v['tab']) &&
    isNullableString(v['cell']) &&
    typeof v['message'] === 'string'
  );
}

function everyValue(v: Json, check: (x: Json) => boolean): boolean {
  return isRecord(v) && Object.values(v).every(check);
}

export function isChildSummary(v: Json): v is ChildSummary {
  if (!isRecord(v) || v['version'] !== CHILD_SUMMARY_VERSION) return false;
  const units = v['units'];
  return (
    typeof v['issuingBody'] === 'string' &&
    isNullableString(v['place']) &&
    isNullableString(v['periodKey']) &&
    everyValue(v['totals'], isNullableNumber) &&
    everyValue(v['tasks'], (t) => isRecord(t) && isCount(t['done']) && isCount(t['total'])) &&
    isRecord(units) &&
    isCount(units['expected']) &&
    isCount(units['submitted']) &&
    isCount(units['complete']) &&
    isCount(units['onTime']) &&
    Array.isArray(v['pendingUnits']) &&
    v['pendingUnits'].every((u: Json) => isRecord(u) && typeof u['id'] === 'string' && typeof u['name'] === 'string') &&
    typeof v['submitted'] === 'boolean' &&
    isNullableString(v['submittedAt']) &&
    isCount(v['errors']) &&
    isCount(v['warnings']) &&
    Array.isArray(v['findings']) &&
    v['findings'].every(isFinding) &&
    Array.isArray(v['secretariatEmails']) &&
    v['secretariatEmails'].every((e: Json) => typeof e === 'string')
  );
}

/** The summary a JSON text holds, or null when it is not one (of this version). */
export function parseChildSummary(json: string): ChildSummary | null {
  let value: Json;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return isChildSummary(value) ? value : null;
}
