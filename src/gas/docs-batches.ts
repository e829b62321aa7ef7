/**
 * How the planned Docs requests reach Google: in batchUpdate calls that each stay under a stated
 * limit of requests and bytes, in plan order, so that the indexes planned for one long batch stay
 * right when it is cut into several (every request still sees exactly the requests before it
 * applied, only spread over several calls).
 *
 * The limit. Google documents no maximum number of requests or bytes for documents.batchUpdate:
 * the batch guide (https://developers.google.com/workspace/docs/api/how-tos/batch) says only that
 * a batch counts as one request towards the usage limits, which are 60 write requests per minute
 * per user and 600 per project (https://developers.google.com/workspace/docs/api/limits). What is
 * known comes from elsewhere: Google's API front end refuses any request body over 10 MiB
 * ("Request payload size exceeds the limit: 10485760 bytes", reported from other Workspace APIs,
 * with Google's developer relations saying the limit is not published); the Sheets API, the
 * nearest documented neighbour, recommends payloads of at most 2 MB
 * (https://developers.google.com/workspace/sheets/api/limits); third parties report 500 requests
 * per Docs batch, without a source. So the limit chosen here is conservative on each count:
 * at most 500 requests and 1,000,000 bytes of JSON per call, half the recommended payload and a
 * tenth of the hard one. At that size a 1,000-unit report needs about a dozen calls, far below
 * the 60 writes a minute a user may make.
 */
import type { DocsBatchUpdateResponse, DocsRequest, DocsResponse } from './surface';
import { utf8Length } from '../domain/text';

export interface DocsBatchLimits {
  /** Requests in one batchUpdate. */
  readonly maxRequests: number;
  /** UTF-8 bytes of one batchUpdate body, as JSON. */
  readonly maxBytes: number;
}

export const DOCS_BATCH_LIMITS: DocsBatchLimits = { maxRequests: 500, maxBytes: 1_000_000 };

/**
 * Room left in every batch for the envelope: `{"requests":[…]}` and the writeControl that ties
 * each batch to the revision the previous one left (a revision id is well under 200 characters).
 */
const ENVELOPE_RESERVE_BYTES = 1_000;


/** The bytes one request adds to a batch body: its JSON and the comma before it. */
function requestBytes(request: DocsRequest): number {
  return utf8Length(JSON.stringify(request)) + 1;
}

/**
 * Where the batch that starts at `start` ends (exclusive): as many requests as fit the limits. A
 * request that alone exceeds the byte limit is a planning error (the writer caps the text of each
 * insert well below it), so it throws rather than send what Google may refuse.
 */
function batchEnd(requests: ReadonlyArray<DocsRequest>, start: number, limits: DocsBatchLimits): number {
  const budget = limits.maxBytes - ENVELOPE_RESERVE_BYTES;
  let bytes = 0;
  let end = start;
  while (end < requests.length && end - start < limits.maxRequests) {
    const size = requestBytes(requests[end] as DocsRequest);
    if (size > budget) throw new Error(`Docs request ${end} is ${size} bytes, over the ${budget}-byte batch budget.`);
    if (bytes + size > budget) break;
    bytes += size;
    end += 1;
  }
  return end;
}

/** Cuts `requests` into consecutive batches, none over `limits`, keeping their order. */
export function splitIntoBatches(requests: ReadonlyArray<DocsRequest>, limits: DocsBatchLimits = DOCS_BATCH_LIMITS): DocsRequest[][] {
  const batches: DocsRequest[][] = [];
  for (let start = 0; start < requests.length; ) {
    const end = batchEnd(requests, start, limits);
    batches.push(requests.slice(start, end));
    start = end;
  }
  return batches;
}

/** The one call the sender makes; `Docs.Documents.batchUpdate` in Apps Script. */
export type BatchUpdate = (
  resource: { requests: DocsRequest[]; writeControl?: { requiredRevisionId?: string } },
  documentId: string,
) => DocsBatchUpdateResponse;

/**
 * Sends requests in batches under the limit, each tied to the revision the previous batch left
 * (writeControl.requiredRevisionId), so that an edit made in between fails the next batch instead
 * of shifting every planned index. `more` is asked after each batch, with every reply so far,
 * for requests that could only be planned from those replies (the footnotes' text needs the
 * footnote ids); it returns null while it still waits for replies, and is not asked again once it
 * has answered. Returns the replies, one per request, and the number of calls made.
 */
export function sendInBatches(
  batchUpdate: BatchUpdate,
  documentId: string,
  planned: ReadonlyArray<DocsRequest>,
  more: (replies: ReadonlyArray<DocsResponse>) => DocsRequest[] | null,
  limits: DocsBatchLimits = DOCS_BATCH_LIMITS,
): { replies: DocsResponse[]; calls: number } {
  const replies: DocsResponse[] = [];
  const queue: DocsRequest[] = [...planned];
  let next = 0;
  let waiting = true;
  let revision: string | undefined;
  let calls = 0;
  const askForMore = (): void => {
    if (!waiting) return;
    const extra = more(replies);
    if (extra === null) return;
    waiting = false;
    queue.push(...extra);
  };
  askForMore();
  while (next < queue.length) {
    // Cut batch by batch, so that requests added by `more` can share the last batch.
    const end = batchEnd(queue, next, limits);
    const batch = queue.slice(next, end);
    next = end;
    const response = batchUpdate({ requests: batch, ...(revision === undefined ? {} : { writeControl: { requiredRevisionId: revision } }) }, documentId);
    calls += 1;
    const batchReplies = response.replies ?? [];
    if (batchReplies.length !== batch.length) {
      throw new Error(`Google Docs trả lời ${batchReplies.length} yêu cầu trong khi đã gửi ${batch.length}.`);
    }
    replies.push(...batchReplies);
    revision = response.writeControl?.requiredRevisionId ?? undefined;
    askForMore();
  }
  if (waiting) throw new Error('Google Docs không trả về đủ mã chú thích để ghi nội dung chú thích.');
  return { replies, calls };
}
