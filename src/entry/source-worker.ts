/**
 * Composition root of a source-reading worker thread (roll-up, issue 11): bundled next to the
 * command line as build/source-worker.js, started by the pool in src/local/rollup/pool.ts,
 * one per core. It only wires the core's child reader into the worker loop.
 */
import { readChild } from '../domain/rollup/summarize';
import { startSourceWorker } from '../local/rollup/worker';

startSourceWorker(readChild);
