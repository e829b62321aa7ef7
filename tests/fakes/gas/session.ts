/**
 * Fake Session: who is running the script. The effective user is the identity whose
 * permissions apply (the fake spreadsheet checks protections against it); the active user is
 * the person at the keyboard, which Apps Script may report as '' across domains. Tests switch
 * users with `setUser` (both) or the two specific setters.
 */
import type { SessionSurface, UserSurface } from '../../../src/gas/surface';
import type { CallLog } from './call-log';

export class FakeUser implements UserSurface {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export interface FakeSessionOptions {
  activeUser: string;
  effectiveUser: string;
  scriptTimeZone: string;
  locale: string;
}

export class FakeSession implements SessionSurface {
  private activeUser: string;
  private effectiveUser: string;
  private readonly scriptTimeZone: string;
  private readonly locale: string;
  /** Interactive (a person clicked a menu) or a trigger execution (no editor, no Ui). */
  execution: 'interactive' | 'trigger' = 'interactive';

  constructor(
    private readonly calls: CallLog,
    options: FakeSessionOptions,
  ) {
    this.activeUser = options.activeUser;
    this.effectiveUser = options.effectiveUser;
    this.scriptTimeZone = options.scriptTimeZone;
    this.locale = options.locale;
  }

  getActiveUser(): UserSurface {
    this.calls.record('Session.getActiveUser');
    return new FakeUser(this.activeUser);
  }

  getEffectiveUser(): UserSurface {
    this.calls.record('Session.getEffectiveUser');
    return new FakeUser(this.effectiveUser);
  }

  getScriptTimeZone(): string {
    this.calls.record('Session.getScriptTimeZone');
    return this.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    this.calls.record('Session.getActiveUserLocale');
    return this.locale;
  }

  /* ---- test controls (not part of the surface) ---- */

  /** Makes `email` both the active and the effective user, as when they open the sheet themselves. */
  setUser(email: string): void {
    this.activeUser = email;
    this.effectiveUser = email;
  }

  setActiveUser(email: string): void {
    this.activeUser = email;
  }

  setEffectiveUser(email: string): void {
    this.effectiveUser = email;
  }

  /** The identity whose permissions apply, read without logging a call. */
  currentEditor(): string {
    return this.effectiveUser;
  }

  timeZone(): string {
    return this.scriptTimeZone;
  }
}
