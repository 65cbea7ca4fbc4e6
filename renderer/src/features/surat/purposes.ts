export { composePurpose, SKTM_PURPOSES as PURPOSES } from '@shared/domain/core/letter-purpose';
export type { SktmPurposeKind as PurposeChoice } from '@shared/domain/core/letter-purpose';

export const DELEGATION_OPTIONS = [
  { value: '', label: 'Ditandatangani sendiri (Lurah, Plt. Lurah atau Plh. Lurah)' },
  { value: 'a.n.', label: 'a.n. Lurah' },
  { value: 'u.b.', label: 'a.n. Lurah, u.b.' },
] as const;
