import type { z } from 'zod';
import { isTrustedSender, type SenderFrame } from '../security';

/** The part of IpcMainInvokeEvent the handlers read; real events satisfy it. */
export type InvokeEvent = { readonly senderFrame: SenderFrame | null };

export type IpcFailure = { ok: false; message: string };

export const UNTRUSTED_SENDER_MESSAGE = 'Permintaan ditolak: pengirim tidak dikenal.';

/**
 * Zod's default messages are English; refine messages in the contract are
 * already Indonesian and take precedence over this per-parse map.
 */
const ISSUE_MESSAGES: Readonly<Record<string, string>> = {
  invalid_type: 'jenis isian salah',
  invalid_value: 'nilai tidak dikenal',
  too_small: 'isian terlalu pendek atau kosong',
  too_big: 'isian terlalu panjang atau besar',
  invalid_format: 'format isian salah',
  unrecognized_keys: 'ada isian yang tidak dikenal',
};

const indonesianErrorMap = (issue: { code?: string }): string =>
  ISSUE_MESSAGES[issue.code ?? ''] ?? 'isian tidak sah';

export type Parsed<T> = { ok: true; value: T } | IpcFailure;

export function parseRequest<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(raw, { error: indonesianErrorMap });
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
  return {
    ok: false,
    message: `Permintaan tidak sah${field}: ${issue?.message ?? 'isian tidak sah'}.`,
  };
}

export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}

function senderIsTrusted(event: InvokeEvent): boolean {
  try {
    return isTrustedSender(event.senderFrame);
  } catch {
    // The senderFrame getter itself can throw once the frame is gone.
    return false;
  }
}

/**
 * Wraps a handler so a bug or an OS error becomes a failure response instead
 * of a rejected invoke with a stack trace in the renderer's console.
 */
export function withSenderCheck<R>(
  refusal: R,
  failure: (message: string) => R,
  handler: (event: InvokeEvent, raw: unknown) => Promise<R>,
): (event: InvokeEvent, raw?: unknown) => Promise<R> {
  return async (event, raw) => {
    if (!senderIsTrusted(event)) return refusal;
    try {
      return await handler(event, raw);
    } catch (error) {
      return failure(`Terjadi kesalahan: ${describeError(error)}`);
    }
  };
}
