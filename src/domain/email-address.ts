/**
 * The one rule for what counts as an email address baocao can mail: the cell parser accepts
 * exactly what the reminder composer puts in To/Cc and what the mailers are handed, so a
 * workbook that validates never holds an address the sending side drops or rejects.
 *
 * Decision: ASCII addresses only (RFC 5321 dot-atom local part, LDH domain labels). Addresses
 * with non-ASCII local parts ("nguyễn@…", RFC 6531) are refused with their own message: MailApp
 * documents no SMTPUTF8 support, and many Vietnamese government mail servers do not accept them,
 * so a reminder to such an address would silently never arrive. A Vietnamese domain name can
 * still be used in its ASCII (punycode, "xn--…") form.
 */

export type EmailCheck = 'ok' | 'not-ascii' | 'invalid';

/** RFC 5321 limits: 64 characters before the "@", 254 in all (RFC 3696 erratum). */
const LOCAL_MAX = 64;
const ADDRESS_MAX = 254;
const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$/;
const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const TOP_LABEL = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** Why an address can or cannot be mailed. */
export function checkEmailAddress(address: string): EmailCheck {
  const at = address.lastIndexOf('@');
  if (at <= 0 || at !== address.indexOf('@') || at === address.length - 1) return 'invalid';
  if (/[\u0080-\u{10ffff}]/u.test(address)) return 'not-ascii';
  if (address.length > ADDRESS_MAX) return 'invalid';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > LOCAL_MAX || !local.split('.').every((atom) => ATOM.test(atom))) return 'invalid';
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return 'invalid';
  return TOP_LABEL.test(labels[labels.length - 1] ?? '') ? 'ok' : 'invalid';
}

export function isDeliverableEmail(address: string): boolean {
  return checkEmailAddress(address) === 'ok';
}
