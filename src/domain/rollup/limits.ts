/**
 * Constants of the roll-up that Apps Script code needs at run time, kept apart from the zod
 * schema in ./summary so that importing them never pulls zod into the bundle.
 */

/** Bumped when ChildSummary changes shape; a cached summary of another version is read again. */
export const CHILD_SUMMARY_VERSION = 1;

/** At most this many findings travel with a summary; the counts say how many there are. */
export const CHILD_SUMMARY_MAX_FINDINGS = 20;

/** A cached summary longer than this continues in the next cell of its row (a cell holds 50,000). */
export const CHILD_CACHE_CELL_CHARS = 45000;
