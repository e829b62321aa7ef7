/**
 * How the Apps Script parts of `npm run bench` turn one action against the counting fakes into
 * figures: the calls it made, and a simulated time of the stated latency of each call plus
 * CPU_FACTOR × the CPU this process spent. Apps Script's V8 is slower than Node, and the fakes'
 * own work is counted too, so the simulated time errs high. Shared so that every bench table
 * states its times the same way.
 */
import { performance } from 'node:perf_hooks';
import { NO_LATENCY, STATED_LATENCY, type CallSummary, type GasEnvironment } from '../tests/fakes/gas';

/** How much slower Apps Script's V8 is taken to be than Node on this machine. */
export const CPU_FACTOR = 3;

/**
 * Runs one action with the stated latencies on and counts its calls from zero; the latency is
 * switched off again afterwards so that what the bench does next (reading results) costs nothing.
 */
export function measureAction(env: GasEnvironment, run: () => void): CallSummary & { simulated: number } {
  env.calls.reset();
  env.clock.latency = STATED_LATENCY;
  const start = env.clock.now().getTime();
  const t0 = performance.now();
  run();
  const cpu = performance.now() - t0;
  env.clock.latency = NO_LATENCY;
  const simulated = env.clock.now().getTime() - start + cpu * CPU_FACTOR;
  return { ...env.calls.summary(), simulated };
}

/**
 * Advances the simulated clock by CPU_FACTOR × the CPU spent since the previous call, at every
 * call, so that an execution's own time budget sees the CPU as well (measureAction adds it only
 * at the end, too late for the add-in to react to). Returns the switch that stops the charging.
 */
export function chargeCpu(env: GasEnvironment): () => void {
  let last = performance.now();
  let on = true;
  env.calls.onRecord(() => {
    const now = performance.now();
    if (on) env.clock.advance((now - last) * CPU_FACTOR);
    last = now;
  });
  return () => {
    on = false;
  };
}
