/**
 * Fake Docs advanced service: Docs.Documents.create / get / batchUpdate over the unit model of
 * docs-model.ts. Tests read documents back without logging calls through `document(id)` and
 * count batches and requests for round-trip reports. What it models, and from where:
 *
 * - create returns the new document with its id, and the document lands in My Drive
 *   (https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/create).
 * - batchUpdate is atomic: every request is validated and applied in order, each seeing the
 *   indexes left by the ones before; if any fails, nothing is applied and the call fails
 *   ("If any request is not valid, then the entire request will fail and nothing will be
 *   applied", https://developers.google.com/workspace/docs/api/reference/rest/v1/documents/batchUpdate;
 *   https://developers.google.com/workspace/docs/api/how-tos/batch). The error reads like the
 *   API's as Apps Script shows it ("API call to docs.documents.batchUpdate failed with error:
 *   Invalid requests[3].insertText: ...").
 * - One reply per request, in request order, `{}` for requests without one (same page).
 * - writeControl.requiredRevisionId: a batch against another revision fails with 400; every
 *   reply carries the revision the batch left (reference: documents/batchUpdate#WriteControl).
 * - Payload size: Google's front end refuses bodies over 10 MiB with "Request payload size
 *   exceeds the limit: 10485760 bytes." (seen from Workspace APIs, e.g.
 *   googleworkspace/dotnet-samples#23; Google says the limit is not published). Google documents
 *   no request count or size per Docs batch, so the fake also refuses any batch over baocao's
 *   own stated limit (DOCS_BATCH_LIMITS, src/gas/docs-batches.ts): a plan that grows past it
 *   fails in tests, not on a user's account. Tests may lift `batchLimits` to compare one batch
 *   with many.
 */
import type {
  DocsAdvancedService,
  DocsBatchUpdateRequest,
  DocsBatchUpdateResponse,
  DocsDocument,
  DocsDocumentsSurface,
} from '../../../src/gas/surface';
import { DOCS_BATCH_LIMITS, type DocsBatchLimits } from '../../../src/gas/docs-batches';
import { utf8Length } from '../../../src/domain/text';
import type { CallLog } from './call-log';
import { type DocState, copyForBatch, newDocState, renderDocument } from './docs-model';
import { DocsRequestError, applyRequests } from './docs-requests';
import { type FakeDriveApp, MIME_GOOGLE_DOCS } from './drive';
import { GoogleJsonResponseException } from './errors';

class FakeDocumentsCollection implements DocsDocumentsSurface {
  constructor(private readonly service: FakeDocsService) {}

  create(resource: { title?: string }): DocsDocument {
    this.service.calls.record('Docs.Documents.create');
    return renderDocument(this.service.createDocument(resource?.title ?? 'Untitled document'));
  }

  get(documentId: string): DocsDocument {
    this.service.calls.record('Docs.Documents.get');
    return renderDocument(this.service.state(documentId, 'docs.documents.get'));
  }

  batchUpdate(resource: DocsBatchUpdateRequest, documentId: string): DocsBatchUpdateResponse {
    this.service.calls.record('Docs.Documents.batchUpdate');
    return this.service.batchUpdate(resource, documentId);
  }
}

export interface BatchRecord {
  documentId: string;
  requestKinds: string[];
  succeeded: boolean;
}

/** The body size Google's API front end accepts (see above). */
export const GOOGLE_PAYLOAD_LIMIT_BYTES = 10_485_760;

export class FakeDocsService implements DocsAdvancedService {
  readonly Documents: DocsDocumentsSurface;
  /** The most a batch may hold before the fake refuses it; baocao's stated limit by default. */
  batchLimits: DocsBatchLimits = DOCS_BATCH_LIMITS;
  /** Every batchUpdate call, in order, with the kinds of its requests. */
  readonly batches: BatchRecord[] = [];
  private readonly documents = new Map<string, DocState>();
  private nextDocument = 1;

  constructor(
    readonly calls: CallLog,
    private readonly drive: FakeDriveApp,
  ) {
    this.Documents = new FakeDocumentsCollection(this);
  }

  /* ---- test controls ---- */

  /** The document as Docs.Documents.get would return it, without logging a call. */
  document(documentId: string): DocsDocument {
    return renderDocument(this.state(documentId, 'docs.documents.get'));
  }

  documentIds(): string[] {
    return [...this.documents.keys()];
  }

  /** Total requests sent in successful batches. */
  requestCount(): number {
    return this.batches.filter((b) => b.succeeded).reduce((n, b) => n + b.requestKinds.length, 0);
  }

  /* ---- plumbing ---- */

  createDocument(title: string): DocState {
    const documentId = `doc-${String(this.nextDocument++).padStart(4, '0')}`;
    const state = newDocState(documentId, title);
    this.documents.set(documentId, state);
    this.drive.addFile({
      id: documentId,
      name: title,
      mimeType: MIME_GOOGLE_DOCS,
      url: `https://docs.google.com/document/d/${documentId}/edit`,
    });
    return state;
  }

  state(documentId: string, method: string): DocState {
    const state = this.documents.get(documentId);
    if (!state) throw new GoogleJsonResponseException(method, 404, 'Requested entity was not found.');
    return state;
  }

  batchUpdate(resource: DocsBatchUpdateRequest, documentId: string): DocsBatchUpdateResponse {
    const method = 'docs.documents.batchUpdate';
    const current = this.state(documentId, method);
    const requests = resource?.requests;
    const record: BatchRecord = {
      documentId,
      requestKinds: Array.isArray(requests) ? requests.flatMap((r) => Object.keys(r ?? {}).slice(0, 1)) : [],
      succeeded: false,
    };
    this.batches.push(record);
    if (!Array.isArray(requests)) {
      throw new GoogleJsonResponseException(method, 400, "Invalid JSON payload received. 'requests' must be a list.");
    }
    const bytes = utf8Length(JSON.stringify(resource));
    if (bytes > GOOGLE_PAYLOAD_LIMIT_BYTES) {
      throw new GoogleJsonResponseException(method, 413, `Request payload size exceeds the limit: ${GOOGLE_PAYLOAD_LIMIT_BYTES} bytes.`);
    }
    const limits = this.batchLimits;
    if (requests.length > limits.maxRequests || bytes > limits.maxBytes) {
      throw new GoogleJsonResponseException(
        method,
        400,
        `The batch holds ${requests.length} requests in ${bytes} bytes, over the stated limit of ${limits.maxRequests} requests and ${limits.maxBytes} bytes (the fake's guard; Google publishes no per-batch limit).`,
      );
    }
    const required = resource.writeControl?.requiredRevisionId;
    if (required !== undefined && required !== `rev-${current.revision}`) {
      throw new GoogleJsonResponseException(method, 400, `The required revision ID ${required} does not match the latest revision.`);
    }
    const draft = copyForBatch(current);
    let replies;
    try {
      replies = applyRequests(draft, requests);
    } catch (error) {
      if (error instanceof DocsRequestError) throw new GoogleJsonResponseException(method, 400, error.message);
      throw error;
    }
    if (requests.length > 0) draft.revision += 1;
    this.documents.set(documentId, draft);
    record.succeeded = true;
    return { documentId, replies, writeControl: { requiredRevisionId: `rev-${draft.revision}` } };
  }
}
