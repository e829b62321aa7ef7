/**
 * Unit conversions for the .docx renderer. The report model speaks millimetres, centimetres and
 * points; WordprocessingML speaks twips (1/20 pt), half-points (font sizes) and eighths of a point
 * (border widths). Rounded to whole units, because Word's schema accepts only integers there.
 */

const TWIPS_PER_INCH = 1440;
const MM_PER_INCH = 25.4;
const CM_PER_INCH = 2.54;

/** 210 mm → 11906, 20 mm → 1134, 30 mm → 1701, 15 mm → 850. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * TWIPS_PER_INCH) / MM_PER_INCH);
}

/** 1.27 cm → 720. */
export function cmToTwips(cm: number): number {
  return Math.round((cm * TWIPS_PER_INCH) / CM_PER_INCH);
}

/** Paragraph spacing: 6 pt → 120. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Font sizes: 14 pt → 28. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** Line spacing as a multiple of single spacing, in Word's 240ths of a line. */
export function lineMultipleTo240ths(multiple: number): number {
  return Math.round(multiple * 240);
}
