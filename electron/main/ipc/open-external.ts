import {
  isAllowedExternalUrl,
  openExternalRequestSchema,
  type OpenExternalResponse,
} from '@shared/ipc/contract';
import { UNTRUSTED_SENDER_MESSAGE, describeError, parseRequest, withSenderCheck } from './common';

export type OpenExternalDeps = {
  openExternal: (url: string) => Promise<void>;
};

const fail = (message: string): OpenExternalResponse => ({ ok: false, message });

export function createOpenExternalHandler(deps: OpenExternalDeps) {
  return withSenderCheck<OpenExternalResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(openExternalRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const { url } = parsed.value;
      // The schema already checks this; asked again so the guard cannot be lost in a schema edit.
      if (!isAllowedExternalUrl(url)) return fail('Alamat tidak ada di daftar yang diizinkan.');
      try {
        await deps.openExternal(url);
      } catch (error) {
        return fail(`Peramban tidak dapat dibuka: ${describeError(error)}`);
      }
      return { ok: true };
    },
  );
}
