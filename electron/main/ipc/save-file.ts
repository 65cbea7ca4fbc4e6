import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import {
  FILE_KINDS,
  saveFileRequestSchema,
  type FileKind,
  type SaveFileResponse,
} from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

export type SaveFileDeps = {
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  documentsDir: () => string;
};

/** Users type names without extensions, or keep the wrong one; the kind decides. */
export function withExtension(filePath: string, kind: FileKind): string {
  const extension = `.${FILE_KINDS[kind].extension}`;
  return path.extname(filePath).toLowerCase() === extension ? filePath : `${filePath}${extension}`;
}

const fail = (message: string): SaveFileResponse => ({ ok: false, canceled: false, message });

export function createSaveFileHandler(deps: SaveFileDeps) {
  return withSenderCheck<SaveFileResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(saveFileRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const { suggestedName, kind, data } = parsed.value;
      const fileKind = FILE_KINDS[kind];

      const result = await deps.showSaveDialog({
        title: 'Simpan berkas',
        buttonLabel: 'Simpan',
        defaultPath: path.join(deps.documentsDir(), withExtension(suggestedName, kind)),
        filters: [{ name: fileKind.label, extensions: [fileKind.extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (result.canceled || !result.filePath) return { ok: false, canceled: true };

      const target = withExtension(result.filePath, kind);
      try {
        await deps.writeFile(target, data);
      } catch (error) {
        return fail(`Berkas tidak dapat disimpan: ${describeError(error)}`);
      }
      return { ok: true, path: target };
    },
  );
}
