import { showInFolderRequestSchema, type ShowInFolderResponse } from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

export type ShowInFolderDeps = {
  showItemInFolder: (filePath: string) => void;
  /** Files the app itself saved this session; nothing else may be revealed. */
  savedPaths: { has(filePath: string): boolean };
};

const fail = (message: string): ShowInFolderResponse => ({ ok: false, message });

/**
 * Opens the system file manager at a file the app saved, e.g. the export ZIP the
 * operator is about to upload. A page that could name any path could probe the disk.
 */
export function createShowInFolderHandler(deps: ShowInFolderDeps) {
  return withSenderCheck<ShowInFolderResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(showInFolderRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const { path } = parsed.value;
      if (!deps.savedPaths.has(path)) {
        return fail(
          'Hanya berkas yang disimpan aplikasi ini pada sesi ini yang dapat ditampilkan.',
        );
      }
      try {
        deps.showItemInFolder(path);
      } catch (error) {
        return fail(`Folder tidak dapat dibuka: ${describeError(error)}`);
      }
      return { ok: true };
    },
  );
}
