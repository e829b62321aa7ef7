#!/usr/bin/env node
// Launcher for the `baocao` command: runs the bundled CLI (built by `npm run build:cli`,
// which `npm ci` runs through the prepare script). Whatever goes wrong before the program
// itself starts (too old a Node, no build, libraries not installed) is said in Vietnamese.
const path = require('node:path');
const fs = require('node:fs');

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  process.stderr.write(`baocao cần Node.js 20 trở lên; máy này có Node.js ${process.versions.node}. Hãy cài bản mới hơn.\n`);
  process.exit(2);
}
const bundle = path.join(__dirname, '..', 'build', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('Chưa build công cụ dòng lệnh. Hãy chạy: npm run build:cli\n');
  process.exit(2);
}
try {
  require(bundle);
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('Chưa cài đủ thư viện của baocao. Hãy chạy "npm ci" trong thư mục mã nguồn rồi thử lại.\n');
    process.exit(2);
  }
  throw error;
}
