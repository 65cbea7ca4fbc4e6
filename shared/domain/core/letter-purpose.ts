/**
 * What an SKTM is for (domain.md §5.7). The preset is read inside the letter's sentence
 * "Surat keterangan ini dibuat untuk keperluan …"; the clerk's own words after it (the
 * school, the hospital, the court case) are kept as typed.
 */
export const SKTM_PURPOSES = [
  { value: 'pendidikan', label: 'Pendidikan (sekolah, beasiswa)', text: 'pendidikan' },
  {
    value: 'kesehatan',
    label: 'Kesehatan / rumah sakit',
    text: 'berobat/perawatan kesehatan di rumah sakit',
  },
  {
    value: 'perkara',
    label: 'Keringanan biaya perkara',
    text: 'keringanan biaya perkara di pengadilan',
  },
  { value: 'dtsen', label: 'Pendaftaran DTSEN', text: 'pendaftaran DTSEN' },
  { value: 'lainnya', label: 'Lainnya (tulis sendiri)', text: '' },
] as const;

export type SktmPurposeKind = (typeof SKTM_PURPOSES)[number]['value'];
export const SKTM_PURPOSE_KINDS = SKTM_PURPOSES.map((p) => p.value) as [
  SktmPurposeKind,
  ...SktmPurposeKind[],
];

/** "pendidikan" + "di SMP Negeri 2" → "pendidikan di SMP Negeri 2"; "lainnya" is the text alone. */
export function composePurpose(kind: SktmPurposeKind, detail: string): string {
  const text = detail.trim().replace(/\s+/g, ' ');
  const preset = SKTM_PURPOSES.find((p) => p.value === kind)?.text ?? '';
  if (!preset) return text;
  return text ? `${preset} ${text}` : preset;
}
