/**
 * The worker-thread side of the source pool (./pool.ts): receives one file's bytes and what it
 * is, parses it (./parse-source.ts) and sends back the SourceContent. Started by the bundled
 * entry src/entry/source-worker.ts; the child reader is the core's unless a test hands in another.
 */
import { parentPort } from 'node:worker_threads';
import { parseSource, type ReadChild } from './parse-source';
import type { WorkerReply, WorkerRequest } from './pool';

export function startSourceWorker(readChild?: ReadChild): void {
  const port = parentPort;
  if (port === null) throw new Error('startSourceWorker runs only in a worker thread');
  port.on('message', (request: WorkerRequest) => {
    const reply: WorkerReply = { id: request.id, content: parseSource(request.job, request.bytes, readChild) };
    port.postMessage(reply);
  });
}
