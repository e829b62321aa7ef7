/**
 * Where "Tạo báo cáo" files the Google Doc, with the drive.file scope only: in a folder the
 * add-in created (once, remembered), or in the settings' folder when the add-in can reach it;
 * a folder it cannot reach (the app sees only its own files) sends the report to its own folder,
 * with a note saying why. The fake Drive answers 404 for files the app did not create, as Drive
 * does under drive.file.
 */
import { MANIFEST } from '../../src/gas/manifest';
import { fileInto, reportFolder, REPORT_FOLDER_KEY } from '../../src/gas/report-folder';
import { createGasEnvironment } from '../fakes/gas';

function setup() {
  const env = createGasEnvironment({ grantedScopes: MANIFEST.oauthScopes });
  const drive = env.globals.Drive!;
  const properties = env.globals.PropertiesService.getDocumentProperties();
  return { env, drive, properties };
}

describe('the report folder', () => {
  it('is created once, named after the spreadsheet, and reused', () => {
    const { env, drive, properties } = setup();
    const first = reportFolder(drive, properties, null, 'Báo cáo quý I');
    const second = reportFolder(drive, properties, null, 'Báo cáo quý I');
    expect(second.id).toBe(first.id);
    expect(properties.getProperty(REPORT_FOLDER_KEY)).toBe(first.id);
    expect(env.drive.maybeFolder(first.id)?.name).toBe('Báo cáo – Báo cáo quý I');
    expect(first.note).toBeNull();
  });

  it('takes the settings’ folder when the add-in can reach it', () => {
    const { drive, properties } = setup();
    const own = drive.Files.create({ name: 'Lưu trữ', mimeType: 'application/vnd.google-apps.folder' }, null, { fields: 'id' });
    const folder = reportFolder(drive, properties, own.id ?? '', 'Báo cáo');
    expect(folder).toEqual({ id: own.id, note: null });
  });

  it('falls back to its own folder, saying why, for a folder it did not create', () => {
    const { env, drive, properties } = setup();
    const foreign = env.drive.addFolder('Thư mục của người khác');
    const folder = reportFolder(drive, properties, foreign, 'Báo cáo');
    expect(folder.id).not.toBe(foreign);
    expect(folder.note).toContain(`Không mở được thư mục "${foreign}"`);
  });

  it('moves a document the add-in created out of My Drive into the folder', () => {
    const { env, drive, properties } = setup();
    const doc = drive.Files.create({ name: 'Báo cáo 350', mimeType: 'application/vnd.google-apps.document' }, null, { fields: 'id' });
    const folder = reportFolder(drive, properties, null, 'Báo cáo');
    fileInto(drive, doc.id ?? '', folder.id);
    expect(env.drive.file(doc.id ?? '')?.parents).toEqual([folder.id]);
  });
});
