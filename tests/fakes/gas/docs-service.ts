/**
 * Fake Docs advanced service: Docs.Documents.create / get / batchUpdate over the unit model of
 * docs-model.ts. batchUpdate is atomic like the API: the requests run against a copy of the
 * document, and only a batch in which every request succeeds replaces it; otherwise the
 * document is unchanged and the error reads like the API's ("API call to
 * docs.documents.batchUpdate failed with error: Invalid requests[3].insertText: ..."). New
 * documents are registered in the fake Drive. Tests read documents back without logging calls
 * through `document(id)` and count batches and requests for round-trip reports.
 */
import type {
  DocsAdvancedService,
  DocsBatchUpdateRequest,
  DocsBatchUpdateResponse,
  DocsDocument,
  DocsDocumentsSurface,
} from '../../../src/gas/surface';
import type { CallLog } from './call-log';
import { type DocState, clone, newDocState, renderDocument } from './docs-model';
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

export class FakeDocsService implements DocsAdvancedService {
  readonly Documents: DocsDocumentsSurface;
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
    const required = resource.writeControl?.requiredRevisionId;
    if (required !== undefined && required !== `rev-${current.revision}`) {
      throw new GoogleJsonResponseException(method, 400, `The required revision ID ${required} does not match the latest revision.`);
    }
    const draft = clone(current);
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
