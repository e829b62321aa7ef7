/**
 * The artifact test: builds dist-style Code.js, then loads it in a Node `vm` context holding
 * only ECMAScript globals plus the Apps Script fakes, as Apps Script would. Checks that the file
 * is a plain script (no modules, no Node), that every entry point has a top-level stub, that
 * onOpen builds the menu from top-level functions, and that the custom functions answer.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { BUNDLE_BUDGET, buildGasBundle } from '../../scripts/build-gas';
import { ENTRY_POINTS, MENU_ITEMS, MENU_TITLE } from '../../src/gas/entry-points';
import type { MANIFEST } from '../../src/gas/manifest';
import { createGasEnvironment } from '../fakes/gas';

let code = '';
const outDir = mkdtempSync(join(tmpdir(), 'baocao-dist-'));

beforeAll(async () => {
  ({ code } = await buildGasBundle(outDir));
}, 60_000);

function load(env = createGasEnvironment()) {
  const context = vm.createContext({});
  env.install(context);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, env };
}

describe('the Apps Script bundle (dist/Code.js)', () => {
  it('is a plain script: no import, export, require or Node globals', () => {
    expect(() => new vm.Script(code)).not.toThrow();
    for (const word of ['require', 'process', 'Buffer', 'setTimeout', 'TextEncoder', 'fetch']) {
      expect(code).not.toMatch(new RegExp(`\\b${word}\\b`));
    }
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('stays small enough to evaluate on every custom-function call', () => {
    expect(Buffer.byteLength(code)).toBeLessThan(BUNDLE_BUDGET.bytes);
  });

  it('evaluates in a context with nothing but ECMAScript and the Apps Script services', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext(code, context)).not.toThrow();
    expect(typeof (context as Record<string, unknown>)['setTimeout']).toBe('undefined');
  });

  it('declares a top-level function, with its JSDoc, for every entry point', () => {
    const { context } = load();
    for (const entry of ENTRY_POINTS) {
      expect(typeof context[entry.name]).toBe('function');
      expect(code).toMatch(new RegExp(`\\*/\\nfunction ${entry.name}\\(`));
    }
    for (const entry of ENTRY_POINTS.filter((e) => e.kind === 'customFunction')) {
      expect(code).toMatch(new RegExp(`@customfunction\\n \\*/\\nfunction ${entry.name}\\(`));
    }
  });

  it('builds the "Báo cáo" menu in onOpen, every item naming a top-level function', () => {
    const { context, env } = load();
    (context['onOpen'] as () => void)();
    const menu = env.ui.menus.find((m) => m.caption === MENU_TITLE);
    expect(menu).toBeDefined();
    const functions = Object.values(menu!.functions());
    expect(functions).toEqual(MENU_ITEMS.map((m) => m.name));
    for (const name of functions) expect(typeof context[name]).toBe('function');
  });

  it('answers the custom functions, and throws Vietnamese errors for bad input', () => {
    const { context } = load();
    const call = (name: string, ...args: unknown[]) => (context[name] as (...a: unknown[]) => unknown)(...args);
    expect(call('TYLE', 34, 37)).toBe('34/37');
    expect(call('TYLE', 9, 9)).toBe('09/09');
    expect(call('TYLE', 9, 9, false)).toBe('9/9');
    expect(call('PHANTRAM', 106, 124)).toBe('85,48%');
    expect(call('NGAYVN', new Date(Date.UTC(2023, 2, 15, 17, 0)))).toBe('ngày 16 tháng 3 năm 2023');
    expect(() => call('TYLE', 'mười hai', 37)).toThrow(/phải là số/);
    expect(() => call('TYLE', 38, 37)).toThrow(/lớn hơn tổng/);
    expect(() => call('PHANTRAM', 5, 0)).toThrow(/bằng 0/);
    expect(() => call('TYLE', -1, 37)).toThrow(/âm/);
  });

  it('writes the manifest: V8, Vietnam time, explicit scopes (no restricted full-Drive scope) and the Docs, Sheets and Drive services', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'appsscript.json'), 'utf8')) as typeof MANIFEST;
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Ho_Chi_Minh' });
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.dependencies.enabledAdvancedServices.map((s) => s.userSymbol).sort()).toEqual(['Docs', 'Drive', 'Sheets']);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(JSON.parse(readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8'))).toEqual(manifest);
  });
});
