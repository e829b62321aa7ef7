/**
 * Where generated reports are filed, with the drive.file scope only: the add-in can open the
 * Drive files it created and nothing else, so it creates its own folder ("Báo cáo – <tên bảng
 * tính>") once, remembers its id in document properties, and files every report there; the
 * secretariat may move or share that folder anywhere, it stays the add-in's. A folder id typed
 * in the settings tab is used when the add-in can reach it (a folder it created), otherwise the
 * report goes to its own folder and the message says why. Uses the Drive API v3 advanced
 * service, because DriveApp needs the restricted full-Drive scope.
 */
import type { DriveAdvancedService, PropertiesSurface } from './surface';

export const REPORT_FOLDER_KEY = 'baocao.reportFolderId';
export const MIME_FOLDER = 'application/vnd.google-apps.folder';

export interface ReportFolder {
  readonly id: string;
  /** Said to the secretariat, when something differs from what they asked for. */
  readonly note: string | null;
}

function reachableFolder(drive: DriveAdvancedService, id: string): boolean {
  try {
    const file = drive.Files.get(id, { fields: 'id,mimeType,trashed', supportsAllDrives: true });
    return file.mimeType === MIME_FOLDER && file.trashed !== true;
  } catch {
    return false;
  }
}

/** The folder to file reports in: the settings' folder if reachable, else the add-in's own (created once). */
export function reportFolder(drive: DriveAdvancedService, properties: PropertiesSurface, settingsFolderId: string | null, spreadsheetName: string): ReportFolder {
  const wanted = settingsFolderId?.trim() ?? '';
  if (wanted !== '' && reachableFolder(drive, wanted)) return { id: wanted, note: null };
  const remembered = properties.getProperty(REPORT_FOLDER_KEY);
  let id = remembered !== null && reachableFolder(drive, remembered) ? remembered : null;
  if (id === null) {
    const created = drive.Files.create({ name: `Báo cáo – ${spreadsheetName}`, mimeType: MIME_FOLDER }, null, { fields: 'id', supportsAllDrives: true });
    if (created.id === undefined) throw new Error('no folder id');
    id = created.id;
    properties.setProperty(REPORT_FOLDER_KEY, id);
  }
  const note =
    wanted === ''
      ? null
      : `Không mở được thư mục "${wanted}" ở tab Thiết lập (tiện ích chỉ dùng thư mục do nó tạo): đã lưu vào thư mục của tiện ích; có thể chuyển thư mục đó đi nơi khác.`;
  return { id, note };
}

/** Moves a file the add-in created into `folderId` (Drive v3: parents change through the query). */
export function fileInto(drive: DriveAdvancedService, fileId: string, folderId: string): void {
  const file = drive.Files.get(fileId, { fields: 'parents', supportsAllDrives: true });
  const parents = (file.parents ?? []).filter((p) => p !== folderId);
  drive.Files.update({}, fileId, null, {
    addParents: folderId,
    ...(parents.length > 0 ? { removeParents: parents.join(',') } : {}),
    fields: 'id,parents',
    supportsAllDrives: true,
  });
}

/** Puts a file the add-in created in the trash. */
export function trash(drive: DriveAdvancedService, fileId: string): void {
  drive.Files.update({ trashed: true }, fileId, null, { fields: 'id,trashed', supportsAllDrives: true });
}
