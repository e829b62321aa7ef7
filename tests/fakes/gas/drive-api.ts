/**
 * Fake Drive advanced service (Drive API v3: Drive.Files.create / get / update), over the same
 * file registry as the DriveApp fake. Held to Google (sources in BEHAVIOURS.md): with only the
 * drive.file scope an app sees the files it created and nothing else, so any other id answers
 * 404 "File not found"; without drive.file or drive every call fails for insufficient scopes;
 * parents change through the addParents / removeParents query parameters, trashing is
 * `{trashed: true}` in the body; responses hold only the requested `fields` (id, name,
 * mimeType and kind by default).
 */
import type { DriveAdvancedService, DriveFile, DriveFilesGetOptions, DriveFilesSurface, DriveFilesUpdateOptions } from '../../../src/gas/surface';
import type { CallLog } from './call-log';
import { DRIVE_FILE_SCOPE, DRIVE_SCOPE, MIME_FOLDER, type FakeDriveApp } from './drive';
import { GoogleJsonResponseException } from './errors';
import { applyFieldMask } from './field-mask';

const DEFAULT_FIELDS = 'kind,id,name,mimeType';

export class FakeDriveService implements DriveAdvancedService {
  readonly Files: DriveFilesSurface;

  constructor(
    private readonly calls: CallLog,
    private readonly drive: FakeDriveApp,
  ) {
    this.Files = {
      create: (resource, _media, options) => this.create(resource, options),
      get: (fileId, options) => this.get(fileId, options),
      update: (resource, fileId, _media, options) => this.update(resource, fileId, options),
    };
  }

  private requireScope(method: string): void {
    if (!this.drive.granted(DRIVE_SCOPE) && !this.drive.granted(DRIVE_FILE_SCOPE)) {
      throw new GoogleJsonResponseException(method, 403, 'Request had insufficient authentication scopes.');
    }
  }

  /** The record, if the app may see it: everything with full Drive, its own files with drive.file. */
  private visible(id: string, method: string): { kind: 'file' | 'folder'; resource: DriveFile; createdByApp: boolean } {
    const file = this.drive.maybeFile(id);
    const folder = file === undefined ? this.drive.maybeFolder(id) : undefined;
    const record = file ?? folder;
    if (record === undefined || (!record.createdByApp && !this.drive.granted(DRIVE_SCOPE))) {
      throw new GoogleJsonResponseException(method, 404, `File not found: ${id}.`);
    }
    return {
      kind: file !== undefined ? 'file' : 'folder',
      createdByApp: record.createdByApp,
      resource: {
        kind: 'drive#file',
        id: record.id,
        name: record.name,
        mimeType: file?.mimeType ?? MIME_FOLDER,
        parents: [...record.parents],
        trashed: record.trashed,
        ...(file !== undefined ? { webViewLink: file.url } : {}),
      },
    };
  }

  private create(resource: DriveFile, options: DriveFilesGetOptions = {}): DriveFile {
    this.calls.record('Drive.Files.create');
    const method = 'drive.files.create';
    this.requireScope(method);
    const parents = resource.parents ?? [this.drive.rootFolderId];
    for (const parent of parents) if (parent !== this.drive.rootFolderId) this.visible(parent, method);
    const name = resource.name ?? 'Untitled';
    let id: string;
    if (resource.mimeType === MIME_FOLDER) {
      id = this.drive.newId('folder');
      this.drive.addFolder(name, id, true);
      const folder = this.drive.maybeFolder(id);
      if (folder !== undefined) folder.parents = [...parents];
    } else {
      id = this.drive.addFile({ name, mimeType: resource.mimeType ?? 'application/octet-stream', parents: [...parents] }).id;
    }
    return applyFieldMask(this.visible(id, method).resource, options.fields ?? DEFAULT_FIELDS);
  }

  private get(fileId: string, options: DriveFilesGetOptions = {}): DriveFile {
    this.calls.record('Drive.Files.get');
    const method = 'drive.files.get';
    this.requireScope(method);
    return applyFieldMask(this.visible(fileId, method).resource, options.fields ?? DEFAULT_FIELDS);
  }

  private update(resource: DriveFile, fileId: string, options: DriveFilesUpdateOptions = {}): DriveFile {
    this.calls.record('Drive.Files.update');
    const method = 'drive.files.update';
    this.requireScope(method);
    this.visible(fileId, method);
    const record = this.drive.maybeFile(fileId) ?? this.drive.maybeFolder(fileId)!;
    const add = (options.addParents ?? '').split(',').filter((p) => p !== '');
    for (const parent of add) this.visible(parent, method);
    const remove = new Set((options.removeParents ?? '').split(',').filter((p) => p !== ''));
    if (resource.parents !== undefined) {
      throw new GoogleJsonResponseException(method, 403, 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
    }
    record.parents = [...record.parents.filter((p) => !remove.has(p)), ...add.filter((p) => !record.parents.includes(p))];
    if (resource.name !== undefined) record.name = resource.name;
    if (resource.trashed !== undefined) record.trashed = resource.trashed;
    return applyFieldMask(this.visible(fileId, method).resource, options.fields ?? DEFAULT_FIELDS);
  }
}
