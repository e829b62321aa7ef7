/**
 * `npm run docs`: regenerates docs/workbook.md from the workbook contract.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbookDocs } from '../src/local/docs/workbook-docs';

const target = join(__dirname, '..', 'docs', 'workbook.md');
writeFileSync(target, workbookDocs());
process.stdout.write(`Đã ghi ${target}\n`);
