#!/usr/bin/env node
// Launcher for the `baocao` command: runs the bundled CLI (built by `npm run build:cli`,
// which `npm ci` runs through the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'build', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('Chưa build công cụ dòng lệnh. Hãy chạy: npm run build:cli\n');
  process.exit(2);
}
require(bundle);
