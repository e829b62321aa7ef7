/**
 * Fake PropertiesService: three independent string stores (document, script, user) with the
 * real quotas: a value over 9 KB throws "Argument too large", and a store whose keys and values
 * exceed 500 KB throws the storage-quota error. Values are stringified as Apps Script does.
 */
import type { PropertiesServiceSurface, PropertiesSurface } from '../../../src/gas/surface';
import type { CallLog } from './call-log';

export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export class FakeProperties implements PropertiesSurface {
  private readonly values = new Map<string, string>();

  constructor(
    private readonly calls: CallLog,
    readonly scope: 'Document' | 'Script' | 'User',
  ) {}

  getProperty(key: string): string | null {
    this.calls.record('Properties.getProperty');
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): PropertiesSurface {
    this.calls.record('Properties.setProperty');
    this.store({ [key]: value }, false);
    return this;
  }

  deleteProperty(key: string): PropertiesSurface {
    this.calls.record('Properties.deleteProperty');
    this.values.delete(key);
    return this;
  }

  getProperties(): { [key: string]: string } {
    this.calls.record('Properties.getProperties');
    return Object.fromEntries(this.values);
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): PropertiesSurface {
    this.calls.record('Properties.setProperties');
    this.store(properties, deleteAllOthers);
    return this;
  }

  getKeys(): string[] {
    this.calls.record('Properties.getKeys');
    return [...this.values.keys()];
  }

  /* ---- test controls ---- */

  /** The stored values, read without logging a call. */
  snapshot(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  private store(properties: { [key: string]: string }, deleteAllOthers: boolean): void {
    const next = new Map(deleteAllOthers ? [] : this.values);
    for (const [key, raw] of Object.entries(properties)) {
      const value = String(raw);
      if (bytes(value) > PROPERTY_VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
      next.set(key, value);
    }
    let total = 0;
    for (const [key, value] of next) total += bytes(key) + bytes(value);
    if (total > PROPERTY_STORE_LIMIT_BYTES) {
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }
}

export class FakePropertiesService implements PropertiesServiceSurface {
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;

  constructor(private readonly calls: CallLog) {
    this.document = new FakeProperties(calls, 'Document');
    this.script = new FakeProperties(calls, 'Script');
    this.user = new FakeProperties(calls, 'User');
  }

  getDocumentProperties(): PropertiesSurface {
    this.calls.record('PropertiesService.getDocumentProperties');
    return this.document;
  }

  getScriptProperties(): PropertiesSurface {
    this.calls.record('PropertiesService.getScriptProperties');
    return this.script;
  }

  getUserProperties(): PropertiesSurface {
    this.calls.record('PropertiesService.getUserProperties');
    return this.user;
  }
}
