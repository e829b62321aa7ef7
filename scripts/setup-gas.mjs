#!/usr/bin/env node
// `npm run setup:gas -- --title "Tên bảng tính"`: a new Google Sheet with the script bound to it.
// `npm run setup:gas -- --parentId <mã hoặc địa chỉ bảng tính có sẵn>`: binds to that spreadsheet.
//
// What clasp 3.4 really does (node_modules/@google/clasp/build/src/commands/create-script.js):
// for any --type other than standalone/webapp/api it creates a NEW Drive file of that type and
// binds the script to it, ignoring --parentId; only the standalone path passes --parentId to
// the Apps Script API's projects.create, whose `parentId` is "the Drive ID of a parent file that
// the created script project is bound to". So binding to an existing spreadsheet needs
// `--type standalone --parentId <id>`, and a new spreadsheet needs `--type sheets`.
//
// Writes .clasp.json with rootDir "dist". The committed .clasp.json holds only a placeholder;
// after setup git is told to ignore local changes to it, so the real scriptId is never committed.
// clasp is found on PATH (npm puts node_modules/.bin there), so a stand-in can be tested.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : null;
};
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** A spreadsheet id, from the id itself or from the spreadsheet's address (…/d/<id>/edit). */
function spreadsheetId(text) {
  const fromUrl = /\/d\/([A-Za-z0-9_-]{20,})/.exec(text);
  const id = fromUrl ? fromUrl[1] : text.trim();
  return /^[A-Za-z0-9_-]{20,}$/.test(id) ? id : null;
}

const rawParent = option('--parentId');
const parentId = rawParent === null ? null : spreadsheetId(rawParent);
if (rawParent !== null && parentId === null) {
  console.error(`"${rawParent}" không phải mã bảng tính. Mã là đoạn giữa /d/ và /edit trong địa chỉ bảng tính.`);
  process.exit(2);
}
const title = option('--title') ?? 'Báo cáo tổng hợp';

const current = existsSync('.clasp.json') ? JSON.parse(readFileSync('.clasp.json', 'utf8')) : null;
if (current && current.scriptId && current.scriptId !== PLACEHOLDER) {
  console.error(`.clasp.json đã trỏ tới dự án ${current.scriptId}. Muốn tạo dự án mới, hãy xóa tệp này trước.`);
  process.exit(1);
}

const claspArgs =
  parentId === null
    ? ['create-script', '--type', 'sheets', '--title', title, '--rootDir', 'dist']
    : ['create-script', '--type', 'standalone', '--parentId', parentId, '--title', title, '--rootDir', 'dist'];

function runClasp() {
  try {
    execFileSync('clasp', claspArgs, { stdio: 'inherit' });
  } catch (error) {
    if (error && error.code === 'ENOENT') {
      // Run outside npm: use the project's own clasp.
      execFileSync(join('node_modules', '.bin', 'clasp'), claspArgs, { stdio: 'inherit' });
    } else {
      throw error;
    }
  }
}

// clasp refuses to create a project where a .clasp.json already exists.
if (current) renameSync('.clasp.json', '.clasp.json.placeholder');
try {
  runClasp();
  if (existsSync('.clasp.json.placeholder')) unlinkSync('.clasp.json.placeholder');
} catch {
  if (existsSync('.clasp.json.placeholder')) renameSync('.clasp.json.placeholder', '.clasp.json');
  console.error('Không tạo được dự án Apps Script. Đã đăng nhập clasp chưa? Chạy: npx clasp login');
  process.exit(1);
}
const created = JSON.parse(readFileSync('.clasp.json', 'utf8'));
created.rootDir = 'dist';
writeFileSync('.clasp.json', JSON.stringify(created, null, 2) + '\n');
try {
  execFileSync('git', ['update-index', '--skip-worktree', '.clasp.json'], { stdio: 'ignore' });
} catch {
  // Not a git checkout: nothing to protect.
}
console.log(
  parentId === null
    ? `\nĐã tạo bảng tính mới và dự án Apps Script ${created.scriptId} gắn với nó (rootDir: dist).`
    : `\nĐã tạo dự án Apps Script ${created.scriptId} gắn với bảng tính ${parentId} (rootDir: dist).`,
);
console.log('Tiếp theo: npm run push, mở bảng tính, tải lại trang, rồi chọn Báo cáo › Kiểm tra cài đặt.');
