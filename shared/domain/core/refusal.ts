/**
 * The one shape of "no": a rule refused what the user asked, nothing was written, and the
 * message is already a sentence in Indonesian the clerk can act on. `field` names the form
 * field at fault when there is one, so a form can show it beside that field; `kind` says
 * which family of rules refused (`warga`, `musyawarah`, `izin`, …) for code that must tell
 * them apart without a chain of `instanceof`.
 *
 * Every refusal class of the app extends this one (`RegistryError`, `MeetingLockedError`,
 * `PermissionError`, …), so one `runAction()` can show any of them.
 */
export type RefusalOptions = { kind?: string; field?: string };

export class Refusal extends Error {
  override name = 'Refusal';
  readonly kind: string;
  readonly field?: string;

  constructor(message: string, options: RefusalOptions = {}) {
    super(message);
    this.kind = options.kind ?? 'refusal';
    if (options.field !== undefined) this.field = options.field;
  }
}

export function isRefusal(error: unknown): error is Refusal {
  return error instanceof Refusal;
}

/** A refusal that only says the user stopped the work: nothing to show. */
export const CANCELLED_KIND = 'dibatalkan';
