/**
 * Behaviour of the Docs batch sender: batches keep the plan's order and stay under the stated
 * limit, UTF-8 is counted as Google counts bytes, each batch is tied to the revision the one
 * before left, and requests that need the replies join the queue as soon as they can.
 */
import fc from 'fast-check';
import { DOCS_BATCH_LIMITS, sendInBatches, splitIntoBatches, type BatchUpdate } from '../../src/gas/docs-batches';
import { utf8Length } from '../../src/domain/text';
import type { DocsRequest } from '../../src/gas/surface';
import { bodyText, createGasEnvironment } from '../fakes/gas';

const insert = (text: string, index = 1): DocsRequest => ({ insertText: { location: { index }, text } });

describe('counting UTF-8 bytes without TextEncoder', () => {
  it('agrees with Node on any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
    );
    expect(utf8Length('Đảng ủy 𝟙')).toBe(Buffer.byteLength('Đảng ủy 𝟙'));
    expect(utf8Length('\uD800x')).toBe(Buffer.byteLength('\uD800x'));
  });
});

describe('splitting requests into batches', () => {
  it('keeps every request, in order, with at most the stated number per batch', () => {
    const requests = Array.from({ length: 1_234 }, (_, i) => insert(`đoạn ${i}`));
    const batches = splitIntoBatches(requests);
    expect(batches.map((b) => b.length)).toEqual([500, 500, 234]);
    expect(batches.flat()).toEqual(requests);
  });

  it('closes a batch before its JSON would pass the byte limit', () => {
    const limits = { maxRequests: 1_000, maxBytes: 5_000 };
    const requests = Array.from({ length: 40 }, () => insert('ư'.repeat(200)));
    const batches = splitIntoBatches(requests, limits);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) expect(Buffer.byteLength(JSON.stringify({ requests: batch }))).toBeLessThanOrEqual(limits.maxBytes);
    expect(batches.flat()).toEqual(requests);
  });

  it('refuses a single request larger than a batch may be, rather than send it', () => {
    expect(() => splitIntoBatches([insert('x'.repeat(2_000))], { maxRequests: 10, maxBytes: 1_500 })).toThrow(/over the 500-byte batch budget/);
  });

  it('states a limit well inside what Google accepts: 500 requests, 1,000,000 bytes', () => {
    expect(DOCS_BATCH_LIMITS).toEqual({ maxRequests: 500, maxBytes: 1_000_000 });
  });
});

describe('sending in batches', () => {
  function recording(): { calls: Array<{ count: number; revision: string | undefined }>; batchUpdate: BatchUpdate } {
    const calls: Array<{ count: number; revision: string | undefined }> = [];
    const batchUpdate: BatchUpdate = (resource) => {
      calls.push({ count: resource.requests.length, revision: resource.writeControl?.requiredRevisionId });
      return { replies: resource.requests.map(() => ({})), writeControl: { requiredRevisionId: `r${calls.length}` } };
    };
    return { calls, batchUpdate };
  }

  it('ties every batch after the first to the revision the previous one left', () => {
    const { calls, batchUpdate } = recording();
    const result = sendInBatches(batchUpdate, 'doc', Array.from({ length: 1_200 }, () => insert('a')), () => [], DOCS_BATCH_LIMITS);
    expect(calls).toEqual([
      { count: 500, revision: undefined },
      { count: 500, revision: 'r1' },
      { count: 200, revision: 'r2' },
    ]);
    expect(result).toMatchObject({ calls: 3 });
    expect(result.replies).toHaveLength(1_200);
  });

  it('adds the requests that wait for replies as soon as they are ready, sharing the last batch', () => {
    const { calls, batchUpdate } = recording();
    const asked: number[] = [];
    const more = (replies: ReadonlyArray<unknown>) => {
      asked.push(replies.length);
      return replies.length >= 500 ? [insert('b'), insert('c')] : null;
    };
    sendInBatches(batchUpdate, 'doc', Array.from({ length: 700 }, () => insert('a')), more, DOCS_BATCH_LIMITS);
    expect(asked).toEqual([0, 500]);
    expect(calls.map((c) => c.count)).toEqual([500, 202]);
  });

  it('fails in Vietnamese when Google answers fewer replies than requests', () => {
    const batchUpdate: BatchUpdate = () => ({ replies: [{}] });
    expect(() => sendInBatches(batchUpdate, 'doc', [insert('a'), insert('b')], () => [])).toThrow('Google Docs trả lời 1 yêu cầu trong khi đã gửi 2.');
  });

  it('stops, leaving the document as the last good batch left it, when someone edits it between two batches', () => {
    const env = createGasEnvironment();
    const docs = env.globals.Docs!;
    const id = docs.Documents.create({ title: 't' }).documentId!;
    let sent = 0;
    const batchUpdate: BatchUpdate = (resource, documentId) => {
      const response = docs.Documents.batchUpdate(resource, documentId);
      sent += 1;
      // Someone types into the new document right after the first batch.
      if (sent === 1) docs.Documents.batchUpdate({ requests: [insert('!')] }, documentId);
      return response;
    };
    const requests = Array.from({ length: 600 }, (_, i) => insert('x', i + 1));
    expect(() => sendInBatches(batchUpdate, id, requests, () => [])).toThrow(/required revision ID .* does not match/);
    expect(env.docs.batches.map((b) => b.succeeded)).toEqual([true, true, false]);
    expect(bodyText(env.docs.document(id))).toBe(`!${'x'.repeat(500)}\n`);
  });
});
