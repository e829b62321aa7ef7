/**
 * The error the advanced services (Docs, Sheets) throw in Apps Script when the REST call fails:
 * a GoogleJsonResponseException whose message is "API call to <method> failed with error:
 * <detail>". The fakes throw the same, keeping the HTTP code and the bare detail for tests.
 */
export class GoogleJsonResponseException extends Error {
  constructor(
    readonly method: string,
    readonly code: number,
    readonly detail: string,
  ) {
    super(`API call to ${method} failed with error: ${detail}`);
    this.name = 'GoogleJsonResponseException';
  }
}
