/**
 * Fake LockService. Each scope (document, script, user) is one mutex; every get*Lock() call
 * returns a new handle, and only the handle that acquired the mutex "has" it. Contention is
 * simulated without sleeping: a test declares that another execution holds a scope, optionally
 * releasing it after some milliseconds, and tryLock/waitLock succeed only when their timeout
 * reaches that release time. waitLock throws Apps Script's timeout message when it cannot.
 *
 * An execution suspended by an open alert or prompt keeps every lock it holds until the person
 * closes the dialog (https://developers.google.com/apps-script/guides/dialogs: "Alerts suspend
 * the server-side script while the dialog is open"). The fake Ui calls `suspend()` when a
 * dialog is left open while the code holds a lock: the lock passes to that suspended execution,
 * the code's own releaseLock no longer frees it, and every other execution's tryLock fails once
 * its timeout has run out, exactly as a second user's action does on Google.
 */
import type { LockServiceSurface, LockSurface } from '../../../src/gas/surface';
import type { CallLog } from './call-log';

export type LockScope = 'document' | 'script' | 'user';

type Holder = FakeLock | 'another-execution' | 'suspended-execution' | null;

interface ScopeState {
  holder: Holder;
  /** When another execution holds the lock: how long until it lets go (Infinity: never). */
  releasesAfterMs: number;
  acquisitions: number;
}

const SCOPES: ReadonlyArray<LockScope> = ['document', 'script', 'user'];

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class FakeLock implements LockSurface {
  constructor(
    private readonly service: FakeLockService,
    readonly scope: LockScope,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.service.calls.record('Lock.tryLock');
    return this.service.acquire(this, timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.service.calls.record('Lock.waitLock');
    if (!this.service.acquire(this, timeoutInMillis)) throw new Error(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    this.service.calls.record('Lock.releaseLock');
    this.service.release(this);
  }

  hasLock(): boolean {
    this.service.calls.record('Lock.hasLock');
    return this.service.holderOf(this.scope) === this;
  }
}

export class FakeLockService implements LockServiceSurface {
  private readonly scopes: Record<LockScope, ScopeState> = {
    document: { holder: null, releasesAfterMs: Infinity, acquisitions: 0 },
    script: { holder: null, releasesAfterMs: Infinity, acquisitions: 0 },
    user: { holder: null, releasesAfterMs: Infinity, acquisitions: 0 },
  };

  constructor(readonly calls: CallLog) {}

  getDocumentLock(): LockSurface {
    this.calls.record('LockService.getDocumentLock');
    return new FakeLock(this, 'document');
  }

  getScriptLock(): LockSurface {
    this.calls.record('LockService.getScriptLock');
    return new FakeLock(this, 'script');
  }

  getUserLock(): LockSurface {
    this.calls.record('LockService.getUserLock');
    return new FakeLock(this, 'user');
  }

  /* ---- test controls ---- */

  /** Another execution holds `scope`; it lets go after `releasesAfterMs` (never, by default). */
  holdElsewhere(scope: LockScope, releasesAfterMs = Infinity): void {
    const state = this.scopes[scope];
    state.holder = 'another-execution';
    state.releasesAfterMs = releasesAfterMs;
  }

  /** The other execution lets go of `scope`. */
  releaseElsewhere(scope: LockScope): void {
    const state = this.scopes[scope];
    if (state.holder === 'another-execution') state.holder = null;
  }

  isHeld(scope: LockScope): boolean {
    return this.scopes[scope].holder !== null;
  }

  /** How many times the code under test acquired `scope`. */
  acquisitions(scope: LockScope): number {
    return this.scopes[scope].acquisitions;
  }

  /** Milliseconds the code under test spent waiting in tryLock/waitLock calls that failed. */
  waitedMs = 0;

  /** The scopes whose lock a handle of the code under test holds right now. */
  heldByCode(): LockScope[] {
    return SCOPES.filter((scope) => this.scopes[scope].holder instanceof FakeLock);
  }

  /** The execution holding these scopes is suspended on an open dialog: it keeps them. */
  suspend(scopes: ReadonlyArray<LockScope>): void {
    for (const scope of scopes) {
      this.scopes[scope].holder = 'suspended-execution';
      this.scopes[scope].releasesAfterMs = Infinity;
    }
  }

  /** The person closed the dialog: the suspended execution finishes and lets go. */
  resume(): void {
    for (const scope of SCOPES) if (this.scopes[scope].holder === 'suspended-execution') this.scopes[scope].holder = null;
  }

  /* ---- used by FakeLock ---- */

  holderOf(scope: LockScope): Holder {
    return this.scopes[scope].holder;
  }

  acquire(lock: FakeLock, timeoutInMillis: number): boolean {
    const state = this.scopes[lock.scope];
    if (state.holder === lock) return true;
    if (state.holder === 'another-execution' || state.holder === 'suspended-execution') {
      if (timeoutInMillis < state.releasesAfterMs) {
        this.waitedMs += timeoutInMillis;
        return false;
      }
      state.holder = null;
    }
    if (state.holder !== null) {
      this.waitedMs += timeoutInMillis;
      return false;
    }
    state.holder = lock;
    state.acquisitions += 1;
    return true;
  }

  release(lock: FakeLock): void {
    const state = this.scopes[lock.scope];
    if (state.holder === lock) state.holder = null;
  }
}
