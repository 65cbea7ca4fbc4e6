import { can } from '@shared/domain/keamanan/permissions';
import type { CanResult, Capability } from '@shared/domain/keamanan/permissions';
import { useOptionalSession } from './session-context';

/**
 * What the signed-in role may do, asked before the click: a screen disables
 * the button and shows `reason` beside it, instead of a refusal after the
 * confirmation. The data layer still refuses on its own (same rule table).
 */
export function useCan(capability: Capability): CanResult {
  const session = useOptionalSession();
  return can(session?.account ?? null, capability);
}
