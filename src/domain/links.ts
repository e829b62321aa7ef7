/**
 * Which addresses from the workbook may become a link in a mail or a document. The spreadsheet
 * address is typed (or pasted) into the settings tab, so it is hostile input like any other cell:
 * only an https address on a host declared here becomes an href; anything else ("javascript:…",
 * a look-alike host, an address with a quote that would break out of the attribute) is shown as
 * plain text.
 */

/** Hosts whose https addresses are linked: where a report's Google Sheets workbook lives. */
export const LINK_HOSTS: ReadonlyArray<string> = ['docs.google.com'];

// RFC 3986 characters without quotes, angle brackets, backslash or spaces.
const SAFE_PATH = /^[A-Za-z0-9\-._~/?#=&%+:@!$,;*()[\]]*$/;

/** The address when it may be linked, else null. */
export function safeLink(address: string | null | undefined): string | null {
  if (address === null || address === undefined) return null;
  const url = address.trim();
  for (const host of LINK_HOSTS) {
    const prefix = `https://${host}/`;
    if (url.toLowerCase().startsWith(prefix) && SAFE_PATH.test(url.slice(prefix.length))) return prefix + url.slice(prefix.length);
  }
  return null;
}

/** "https://docs.google.com/…", for messages. */
export function linkHostsText(): string {
  return LINK_HOSTS.map((h) => `https://${h}/…`).join(' hoặc ');
}
