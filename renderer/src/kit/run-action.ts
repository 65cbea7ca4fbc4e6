import { notifications } from '@mantine/notifications';
import type { NotificationData } from '@mantine/notifications';
import { CANCELLED_KIND, isRefusal } from '@shared/domain/core/refusal';
import type { Refusal } from '@shared/domain/core/refusal';
import { describeStorageError } from '../db/core/storage-errors';

/**
 * What a failed action says to the clerk. A refusal is already an Indonesian sentence
 * saying what to do; anything else (a full disk, a duplicate key, a bug) is explained
 * with what was being done and the promise that nothing changed.
 */
export function failureMessage(error: unknown, what: string): string {
  if (isRefusal(error)) return error.message;
  return describeStorageError(error, what);
}

/** A failure's place among the notifications: before every notice (priority 0). */
const FAILURE_PRIORITY = 1;

/**
 * Shows a failure in red, ahead of the notices already on screen: with three showing
 * (App.tsx) a new notification waits in Mantine's queue until one closes, and a failure
 * must be read when it happens.
 */
export function showFailure(data: Omit<NotificationData, 'color' | 'priority'>): string {
  return showAtOnce(data, 'red');
}

/**
 * Shows in orange, with a failure's place, what was not done because of how it was asked: a
 * decision key that does not fit the candidate, a PC that does not hold the meeting, a copy the
 * system refused. The clerk just pressed something and must see at once why nothing happened.
 */
export function showRefused(data: Omit<NotificationData, 'color' | 'priority'>): string {
  return showAtOnce(data, 'orange');
}

function showAtOnce(data: Omit<NotificationData, 'color' | 'priority'>, color: string): string {
  return notifications.show({ ...data, color, priority: FAILURE_PRIORITY });
}

export type RunActionOptions<R extends Refusal> = {
  /** What was being done, worded as the start of a sentence: "Menyimpan keluarga". */
  what: string;
  /** Announced when the action succeeds. */
  success?: string;
  /**
   * Refusals the form shows itself, beside their `field`: returned instead of notified.
   * Without it every refusal is notified.
   */
  inForm?: (refusal: Refusal) => refusal is R;
  /** Shows the failure inside the screen (an alert) instead of a notification. */
  onFailure?: (message: string) => void;
  /** How long the red notification stays, in milliseconds. */
  autoClose?: number;
  /** Called when the clerk cancelled the job; otherwise a cancel ends quietly. */
  onCancel?: () => void;
};

export type ActionOutcome<T, R> = { ok: true; value: T } | { ok: false; refusal: R | null };

/**
 * Runs one user action and shows how it ended: the success message, a refusal's own
 * sentence (beside its field when the form takes it, else in red), or, for an error
 * nobody expected, a plain Indonesian explanation while the details go to the console.
 * A job the clerk cancelled ends quietly.
 */
export async function runAction<T, R extends Refusal = never>(
  action: () => Promise<T>,
  options: RunActionOptions<R>,
): Promise<ActionOutcome<T, R>> {
  try {
    const value = await action();
    if (options.success) notifications.show({ color: 'teal', message: options.success });
    return { ok: true, value };
  } catch (error) {
    if (isRefusal(error)) {
      if (error.kind === CANCELLED_KIND) {
        options.onCancel?.();
        return { ok: false, refusal: null };
      }
      if (options.inForm?.(error)) return { ok: false, refusal: error };
    } else {
      console.error(`${options.what} gagal`, error);
    }
    const message = failureMessage(error, options.what);
    if (options.onFailure) options.onFailure(message);
    else showFailure({ message, autoClose: options.autoClose ?? 10_000 });

    return { ok: false, refusal: null };
  }
}

/** A refusal that names a form field: the default test for `inForm`. */
export function hasField(refusal: Refusal): refusal is Refusal & { field: string } {
  return refusal.field !== undefined;
}

/** The refusal a form shows beside its field, or null when there is none to show. */
export function refusalIn<T, R>(outcome: ActionOutcome<T, R>): R | null {
  return outcome.ok ? null : outcome.refusal;
}
