/**
 * Fake DriveApp: a flat registry of files and folders with parent links. The fake spreadsheet
 * and every document created through the fake Docs service are registered here, so code can
 * look them up by id and move them into a folder exactly as it would in Drive. Unknown ids
 * throw Drive's "No item with the given ID" error.
 *
 * Every DriveApp method needs the full https://www.googleapis.com/auth/drive scope (the
 * "Authorization" section of each method at
 * https://developers.google.com/apps-script/reference/drive/drive-app lists only it, or
 * drive.readonly for reads): without it the call throws Apps Script's permission error. Files
 * remember whether the add-in created them, which is what drive.file access depends on
 * (FakeDriveService in drive-api.ts).
 */
import type { DriveAppSurface, FileSurface, FolderSurface } from '../../../src/gas/surface';
import type { CallLog } from './call-log';

export const NO_ITEM_MESSAGE =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export const MIME_GOOGLE_DOCS = 'application/vnd.google-apps.document';
export const MIME_GOOGLE_SHEETS = 'application/vnd.google-apps.spreadsheet';
export const MIME_FOLDER = 'application/vnd.google-apps.folder';
export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive';
export const DRIVE_FILE_SCOPE = 'https://www.googleapis.com/auth/drive.file';

export function missingPermissionMessage(method: string, scope: string): string {
  return `You do not have permission to call ${method}. Required permissions: ${scope}`;
}

export interface DriveFileRecord {
  id: string;
  name: string;
  mimeType: string;
  url: string;
  parents: string[];
  content: string;
  /** Created through the add-in (Docs or Drive API): reachable with drive.file. */
  createdByApp: boolean;
  trashed: boolean;
}

export interface DriveFolderRecord {
  id: string;
  name: string;
  parents: string[];
  createdByApp: boolean;
  trashed: boolean;
}

export class FakeFolder implements FolderSurface {
  constructor(
    private readonly drive: FakeDriveApp,
    readonly id: string,
  ) {}

  getId(): string {
    this.drive.calls.record('Folder.getId', 'local');
    return this.id;
  }
  getName(): string {
    this.drive.calls.record('Folder.getName');
    return this.drive.folderRecord(this.id).name;
  }
  getUrl(): string {
    this.drive.calls.record('Folder.getUrl', 'local');
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
  addFile(child: FileSurface): FolderSurface {
    this.drive.calls.record('Folder.addFile');
    const record = this.drive.fileRecord(child.getId());
    if (!record.parents.includes(this.id)) record.parents.push(this.id);
    return this;
  }
  createFile(name: string, content: string, mimeType = 'text/plain'): FileSurface {
    this.drive.calls.record('Folder.createFile');
    return this.drive.addFile({ name, content, mimeType, parents: [this.id], createdByApp: false });
  }
}

export class FakeFile implements FileSurface {
  constructor(
    private readonly drive: FakeDriveApp,
    readonly id: string,
  ) {}

  getId(): string {
    this.drive.calls.record('File.getId', 'local');
    return this.id;
  }
  getUrl(): string {
    this.drive.calls.record('File.getUrl');
    return this.drive.fileRecord(this.id).url;
  }
  getName(): string {
    this.drive.calls.record('File.getName');
    return this.drive.fileRecord(this.id).name;
  }
  setName(name: string): FileSurface {
    this.drive.calls.record('File.setName');
    this.drive.fileRecord(this.id).name = name;
    return this;
  }
  getMimeType(): string {
    this.drive.calls.record('File.getMimeType');
    return this.drive.fileRecord(this.id).mimeType;
  }
  moveTo(destination: FolderSurface): FileSurface {
    this.drive.calls.record('File.moveTo');
    const folderId = destination.getId();
    this.drive.folderRecord(folderId);
    this.drive.fileRecord(this.id).parents = [folderId];
    return this;
  }
}

export class FakeDriveApp implements DriveAppSurface {
  readonly rootFolderId = 'root-folder';
  private readonly files = new Map<string, DriveFileRecord>();
  private readonly folders = new Map<string, DriveFolderRecord>();
  private nextId = 1;

  constructor(
    readonly calls: CallLog,
    /** The scopes the user granted ('all' when a test does not model scopes). */
    readonly grantedScopes: () => ReadonlyArray<string> | 'all' = () => 'all',
  ) {
    this.folders.set(this.rootFolderId, { id: this.rootFolderId, name: 'My Drive', parents: [], createdByApp: false, trashed: false });
  }

  granted(scope: string): boolean {
    const granted = this.grantedScopes();
    return granted === 'all' || granted.includes(scope);
  }

  private requireDriveScope(method: string): void {
    if (!this.granted(DRIVE_SCOPE)) throw new Error(missingPermissionMessage(method, DRIVE_SCOPE));
  }

  getFolderById(id: string): FolderSurface {
    this.calls.record('DriveApp.getFolderById');
    this.requireDriveScope('DriveApp.getFolderById');
    this.folderRecord(id);
    return new FakeFolder(this, id);
  }

  getFileById(id: string): FileSurface {
    this.calls.record('DriveApp.getFileById');
    this.requireDriveScope('DriveApp.getFileById');
    this.fileRecord(id);
    return new FakeFile(this, id);
  }

  getRootFolder(): FolderSurface {
    this.calls.record('DriveApp.getRootFolder');
    this.requireDriveScope('DriveApp.getRootFolder');
    return new FakeFolder(this, this.rootFolderId);
  }

  /* ---- test controls and plumbing ---- */

  /** A folder the user made themselves (not the add-in), unless `createdByApp`. */
  addFolder(name: string, id = `folder-${this.nextId++}`, createdByApp = false): string {
    this.folders.set(id, { id, name, parents: [this.rootFolderId], createdByApp, trashed: false });
    return id;
  }

  /** A file; by default one the add-in created (the Docs fake registers its documents here). */
  addFile(file: Partial<DriveFileRecord> & { name: string; mimeType: string }): FakeFile {
    const id = file.id ?? `file-${this.nextId++}`;
    this.files.set(id, {
      id,
      name: file.name,
      mimeType: file.mimeType,
      url: file.url ?? `https://drive.google.com/file/d/${id}/view`,
      parents: file.parents ?? [this.rootFolderId],
      content: file.content ?? '',
      createdByApp: file.createdByApp ?? true,
      trashed: file.trashed ?? false,
    });
    return new FakeFile(this, id);
  }

  folderRecords(): DriveFolderRecord[] {
    return [...this.folders.values()].map((f) => ({ ...f, parents: [...f.parents] }));
  }

  maybeFile(id: string): DriveFileRecord | undefined {
    return this.files.get(id);
  }

  maybeFolder(id: string): DriveFolderRecord | undefined {
    return this.folders.get(id);
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  /** Plain records of the files whose parents include `folderId`. */
  filesIn(folderId: string): DriveFileRecord[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId)).map((f) => ({ ...f, parents: [...f.parents] }));
  }

  file(id: string): DriveFileRecord | undefined {
    const record = this.files.get(id);
    return record && { ...record, parents: [...record.parents] };
  }

  fileRecord(id: string): DriveFileRecord {
    const record = this.files.get(id);
    if (!record) throw new Error(NO_ITEM_MESSAGE);
    return record;
  }

  folderRecord(id: string): DriveFolderRecord {
    const record = this.folders.get(id);
    if (!record) throw new Error(NO_ITEM_MESSAGE);
    return record;
  }
}
