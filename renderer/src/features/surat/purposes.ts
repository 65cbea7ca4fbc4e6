/** The purposes residents come for most; written as they read inside the letter's sentence. */
export const PURPOSES = [
  { value: 'pendidikan/beasiswa', label: 'Pendidikan / beasiswa' },
  { value: 'berobat/kesehatan', label: 'Berobat / kesehatan' },
  { value: 'pendaftaran DTKS', label: 'Pendaftaran DTKS' },
  { value: 'keringanan biaya', label: 'Keringanan biaya' },
  { value: 'lainnya', label: 'Lainnya (tulis sendiri)' },
] as const;

export type PurposeChoice = (typeof PURPOSES)[number]['value'];

/** "pendidikan/beasiswa" + "di SMP Negeri 2" → "pendidikan/beasiswa di SMP Negeri 2". */
export function composePurpose(choice: PurposeChoice, detail: string): string {
  const text = detail.trim().replace(/\s+/g, ' ');
  if (choice === 'lainnya') return text;
  return text ? `${choice} ${text}` : choice;
}

export const DELEGATION_OPTIONS = [
  { value: '', label: 'Ditandatangani Lurah' },
  { value: 'a.n.', label: 'a.n. Lurah' },
  { value: 'u.b.', label: 'a.n. Lurah, u.b.' },
] as const;
