import { updateRequestSchema, type UpdateResponse } from '@shared/ipc/contract';
import type { UpdateController } from '../updates/controller';
import { UNTRUSTED_SENDER_MESSAGE, parseRequest, withSenderCheck } from './common';

const fail = (message: string): UpdateResponse => ({ ok: false, message });

/** Pengaturan → Tentang → Pembaruan: read the state, set the address, check, install. */
export function createUpdateHandler(controller: UpdateController) {
  return withSenderCheck<UpdateResponse>(
    fail(UNTRUSTED_SENDER_MESSAGE),
    fail,
    async (_event, raw) => {
      const parsed = parseRequest(updateRequestSchema, raw);
      if (!parsed.ok) return fail(parsed.message);
      const request = parsed.value;
      switch (request.action) {
        case 'status':
          return { ok: true, status: controller.status() };
        case 'configure':
          return { ok: true, status: controller.configure(request.feedUrl) };
        case 'check':
          return { ok: true, status: await controller.check() };
        case 'install': {
          const result = controller.install();
          return result.ok ? { ok: true, status: controller.status() } : fail(result.message);
        }
      }
    },
  );
}
