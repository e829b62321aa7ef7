/**
 * Constants of the roll-up that Apps Script code needs at run time, kept apart from the zod
 * schema in ./summary so that importing them never pulls zod into the bundle.
 */

/** Bumped when ChildSummary changes shape; a cached summary of another version is read again. */
export const CHILD_SUMMARY_VERSION = 1;

/** At most this many findings travel with a summary; the counts say how many there are. */
export const CHILD_SUMMARY_MAX_FINDINGS = 20;

/** At most this many of the child's units not yet submitted are named in its summary (for reminders). */
export const CHILD_SUMMARY_MAX_PENDING = 50;

/**
 * A cached summary longer than this continues in the next cell of its row. Google Sheets holds
 * 50,000 characters in a cell, Excel 32,767 ("Total number of characters that a cell can contain",
 * Excel specifications and limits): the cache must open in both, so the smaller limit decides.
 */
export const CHILD_CACHE_CELL_CHARS = 32000;
