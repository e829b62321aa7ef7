/**
 * Where source files are parsed: a pool of worker threads, one per core, each parsing one file
 * at a time (so a slow file never holds up a queue behind it), or the main thread itself when
 * workers are not worth it or not available. The bytes travel to a worker by transfer (no
 * copy); what comes back is a child's small summary or a shard's unit tabs (structured clone).
 * A worker that dies (out of memory on a huge file, a crash) fails only the file it was
 * parsing and is replaced; if workers cannot start at all, the pool parses in the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { SourceContent } from '../../domain/rollup/sources';
import { failed, parseSource, type ReadChild, type SourceJob } from './parse-source';

export interface SourcePool {
  /** How many files it parses at once. */
  readonly size: number;
  /** 'threads' while workers run; 'main' when parsing in the main thread. */
  mode(): 'threads' | 'main';
  parse(job: SourceJob, bytes: Buffer): Promise<SourceContent>;
  close(): Promise<void>;
}

/** What a worker receives and sends back (see ./worker.ts). */
export interface WorkerRequest {
  readonly id: number;
  readonly job: SourceJob;
  readonly bytes: Uint8Array;
}

export interface WorkerReply {
  readonly id: number;
  readonly content: SourceContent;
}

/** Heap of one worker: far above a commune's report (a few MB), and it bounds what a hostile file can take. */
export const WORKER_HEAP_MB = 512;

/** Parses in the main thread, one file after the other, yielding between files so progress shows. */
export function mainThreadPool(readChild?: ReadChild): SourcePool {
  return {
    size: 1,
    mode: () => 'main',
    parse: async (job, bytes) => {
      await new Promise((resolve) => setImmediate(resolve));
      return parseSource(job, bytes, readChild);
    },
    close: async () => undefined,
  };
}

function tooLarge(heapMb: number): SourceContent {
  return failed(
    'unreadable',
    `tệp quá lớn, đọc vượt bộ nhớ dành cho mỗi tệp nguồn (${heapMb} MB). Hãy tách bảng tính đó thành nhiều tệp, hoặc kiểm tra xem tệp có bị hỏng không.`,
  );
}

/** A file that keeps a worker busy this long is given up (a pathological file must not hang the command). */
export const WORKER_FILE_TIMEOUT_MS = 120_000;

function tooSlow(timeoutMs: number): SourceContent {
  return failed(
    'unreadable',
    `đọc tệp này quá lâu (hơn ${Math.ceil(timeoutMs / 1000)} giây) nên đã dừng. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại; nếu vẫn vậy, hãy gửi tệp cho người quản trị.`,
  );
}

function crashed(): SourceContent {
  return failed('unreadable', 'chương trình đọc tệp dừng bất thường khi đọc tệp này. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi chạy lại.');
}

/** An owned copy when the buffer is a view into a larger one (Node's pooled small buffers). */
function transferable(bytes: Buffer): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes;
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

interface Slot {
  worker: Worker;
  busy: { readonly id: number; readonly job: SourceJob; readonly done: (content: SourceContent) => void; readonly timer: NodeJS.Timeout } | null;
  /** Terminated for taking too long on the file in hand. */
  timedOut: boolean;
  /** Whether it ever answered: a worker that fails before that means workers do not work here. */
  answered: boolean;
}

interface Waiting {
  readonly job: SourceJob;
  readonly bytes: Buffer;
  readonly done: (content: SourceContent) => void;
}

/**
 * `size` workers running `script` (the bundled ./worker.ts). Falls back to `fallback` (the
 * main thread) for every file left when a worker cannot start.
 */
export function threadPool(script: string, size: number, fallback: SourcePool, options: { readonly heapMb?: number; readonly timeoutMs?: number } = {}): SourcePool {
  const heapMb = options.heapMb ?? WORKER_HEAP_MB;
  const timeoutMs = options.timeoutMs ?? WORKER_FILE_TIMEOUT_MS;
  const slots: Slot[] = [];
  const queue: Waiting[] = [];
  let nextId = 1;
  let closing = false;
  let broken = false;

  const spawn = (): Slot => {
    const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const slot: Slot = { worker, busy: null, answered: false, timedOut: false };
    const take = (): NonNullable<Slot['busy']> | null => {
      const busy = slot.busy;
      slot.busy = null;
      if (busy !== null) clearTimeout(busy.timer);
      return busy;
    };
    worker.on('message', (reply: WorkerReply) => {
      if (slot.busy === null || slot.busy.id !== reply.id) return;
      const busy = take();
      slot.answered = true;
      busy?.done(reply.content);
      pump();
    });
    // A reply that cannot be read back (it never should: it is plain data) fails its file, not the run.
    worker.on('messageerror', () => {
      take()?.done(crashed());
      pump();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const busy = take();
      if (!slot.answered && error.code !== 'ERR_WORKER_OUT_OF_MEMORY') broken = true;
      replace(slot);
      if (busy !== null) {
        if (broken) runOnMain(busy.job, busy.done);
        else busy.done(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooLarge(heapMb) : crashed());
      }
      pump();
    });
    worker.on('exit', () => {
      // An exit without 'error' (stopped for taking too long, or killed from outside): the file in hand fails, the pool goes on.
      const busy = take();
      if (slots.includes(slot)) replace(slot);
      if (busy !== null) busy.done(slot.timedOut ? tooSlow(timeoutMs) : crashed());
      pump();
    });
    return slot;
  };

  const pendingBytes = new Map<SourceJob, Buffer>();
  const runOnMain = (job: SourceJob, done: (content: SourceContent) => void): void => {
    const bytes = pendingBytes.get(job);
    pendingBytes.delete(job);
    if (bytes === undefined) {
      done(crashed());
      return;
    }
    fallback.parse(job, bytes).then(done, () => done(crashed()));
  };

  const replace = (slot: Slot): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    slot.worker.removeAllListeners('exit');
    void slot.worker.terminate();
    if (!closing && !broken) slots.push(spawn());
  };

  const pump = (): void => {
    if (broken) {
      for (const waiting of queue.splice(0)) fallback.parse(waiting.job, waiting.bytes).then(waiting.done, () => waiting.done(crashed()));
      return;
    }
    for (const slot of slots) {
      if (slot.busy !== null) continue;
      const waiting = queue.shift();
      if (waiting === undefined) return;
      const id = nextId;
      nextId += 1;
      const timer = setTimeout(() => {
        slot.timedOut = true;
        void slot.worker.terminate();
      }, timeoutMs);
      timer.unref();
      slot.busy = { id, job: waiting.job, done: waiting.done, timer };
      const bytes = transferable(waiting.bytes);
      const request: WorkerRequest = { id, job: waiting.job, bytes };
      // Kept until answered, for the main thread to parse should the workers turn out not to start.
      if (!slot.answered) pendingBytes.set(waiting.job, Buffer.from(bytes));
      slot.worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
    }
  };

  for (let i = 0; i < size; i += 1) slots.push(spawn());

  return {
    size,
    mode: () => (broken ? 'main' : 'threads'),
    parse: (job, bytes) =>
      new Promise<SourceContent>((resolve) => {
        const done = (content: SourceContent) => {
          pendingBytes.delete(job);
          resolve(content);
        };
        queue.push({ job, bytes, done });
        pump();
      }),
    close: async () => {
      closing = true;
      const all = slots.splice(0);
      for (const slot of all) slot.worker.removeAllListeners('exit');
      await Promise.all(all.map((slot) => slot.worker.terminate()));
    },
  };
}
