#!/usr/bin/env node
// `npm run setup:gas -- [--title "Tên bảng tính"] [--parentId <mã bảng tính có sẵn>]`
// Creates the Apps Script project bound to a new (or an existing) Google Sheet with clasp and
// writes .clasp.json with rootDir "dist". The committed .clasp.json holds only a placeholder;
// after setup git is told to ignore local changes to it, so the real scriptId is never committed.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const title = option('--title', 'Báo cáo tổng hợp');
const parentId = option('--parentId', null);
const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

const current = existsSync('.clasp.json') ? JSON.parse(readFileSync('.clasp.json', 'utf8')) : null;
if (current && current.scriptId && current.scriptId !== PLACEHOLDER) {
  console.error(`.clasp.json đã trỏ tới dự án ${current.scriptId}. Muốn tạo dự án mới, hãy xóa tệp này trước.`);
  process.exit(1);
}
// clasp refuses to create a project where a .clasp.json already exists.
if (current) renameSync('.clasp.json', '.clasp.json.placeholder');
try {
  const claspArgs = ['clasp', 'create-script', '--type', 'sheets', '--title', title, '--rootDir', 'dist'];
  if (parentId) claspArgs.push('--parentId', parentId);
  execFileSync('npx', claspArgs, { stdio: 'inherit' });
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
  execFileSync('git', ['update-index', '--skip-worktree', '.clasp.json']);
} catch {
  // Not a git checkout: nothing to protect.
}
console.log(`\nĐã tạo dự án Apps Script ${created.scriptId} (rootDir: dist).`);
console.log('Tiếp theo: npm run push, rồi mở bảng tính và tải lại trang để thấy menu "Báo cáo".');
