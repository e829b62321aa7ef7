/**
 * Behaviour of createGasEnvironment as a whole: the globals can be installed on globalThis and
 * removed again, run unchanged inside a Node vm context, and disabled advanced services are
 * undefined exactly as in Apps Script.
 */
import vm from 'node:vm';
import { createGasEnvironment } from './index';

describe('createGasEnvironment', () => {
  it('installs the globals on globalThis and restores what was there', () => {
    const env = createGasEnvironment();
    const target: Record<string, unknown> = { Utilities: 'previous' };
    const uninstall = env.install(target);
    expect(target.SpreadsheetApp).toBe(env.globals.SpreadsheetApp);
    expect(target.Utilities).toBe(env.globals.Utilities);
    uninstall();
    expect(target.Utilities).toBe('previous');
    expect('SpreadsheetApp' in target).toBe(false);
  });

  it('runs script code in a vm context against the fakes', () => {
    const env = createGasEnvironment({ spreadsheet: { sheets: { Units: [['id'], ['XA1']] } } });
    const context = vm.createContext({ ...env.globals });
    const result: unknown = vm.runInContext(
      `const values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Units').getDataRange().getValues();
       PropertiesService.getDocumentProperties().setProperty('count', String(values.length - 1));
       values[1][0];`,
      context,
    );
    expect(result).toBe('XA1');
    expect(env.properties.document.snapshot()).toEqual({ count: '1' });
    expect(env.calls.count('Sheet.getDataRange')).toBe(1);
  });

  it('leaves disabled advanced services undefined', () => {
    const env = createGasEnvironment({ advancedServices: { docs: false } });
    expect(env.globals.Docs).toBeUndefined();
    expect(env.globals.Sheets).toBeDefined();
  });

  it('classifies Docs calls separately from spreadsheet reads and writes', () => {
    const env = createGasEnvironment();
    const id = env.globals.Docs!.Documents.create({ title: 'x' }).documentId!;
    env.globals.Docs!.Documents.batchUpdate({ requests: [{ insertText: { endOfSegmentLocation: {}, text: 'a' } }] }, id);
    env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getRange('A1').setValue(1);
    expect(env.calls.summary()).toMatchObject({ docs: 2, read: 3, write: 1 });
    expect(env.docs.requestCount()).toBe(1);
  });
});
