/**
 * Who signs (domain.md §1 step 3, §5). A Lurah signs in person; when the post is
 * vacant or the Lurah is away, a *Plt.* (pelaksana tugas) or *Plh.* (pelaksana harian)
 * Lurah signs in his or her own name with that title. Anyone else signs *a.n.* (on
 * behalf of) the Lurah, which an SPTJM never allows: its responsibility is the Lurah's.
 */

/** Titles offered when an official is entered; any other title may still be typed. */
export const SIGNER_TITLE_CHOICES = [
  'Lurah',
  'Plt. Lurah',
  'Plh. Lurah',
  'Sekretaris Kelurahan',
  'Kasi Kesejahteraan Sosial',
  'Kasi Pemerintahan',
  'Kasi Ketenteraman dan Ketertiban Umum',
] as const;

export type LurahStanding = 'lurah' | 'plt' | 'plh';

/**
 * Whether a title is the Lurah's own post: "Lurah", "Lurah Pahandut", "Plt. Lurah",
 * "Plh Lurah Pahandut". A "Sekretaris Kelurahan" is not.
 */
export function lurahStanding(jabatan: string): LurahStanding | undefined {
  const match = /^(?:(plt|plh)\.?\s*)?lurah(?:\s|,|$)/i.exec(jabatan.trim());
  if (!match) return undefined;
  const prefix = match[1]?.toLowerCase();
  return prefix === 'plt' ? 'plt' : prefix === 'plh' ? 'plh' : 'lurah';
}

/** "plt. lurah pahandut" → "Plt. Lurah Pahandut": the prefix as official letters write it. */
export function normalizeLurahTitle(jabatan: string): string {
  const standing = lurahStanding(jabatan);
  if (!standing) return jabatan.trim();
  const rest = jabatan.trim().replace(/^(?:(plt|plh)\.?\s*)?lurah/i, '');
  const prefix = standing === 'plt' ? 'Plt. ' : standing === 'plh' ? 'Plh. ' : '';
  return `${prefix}Lurah${rest}`;
}

export const SPTJM_SIGNER_MESSAGE =
  'SPTJM hanya dapat ditandatangani Lurah sendiri, atau Plt./Plh. Lurah atas namanya sendiri, ' +
  'tidak dengan a.n. atau u.b.: tanggung jawab mutlaknya ada pada Lurah. Pilih pejabat berjabatan ' +
  'Lurah, Plt. Lurah atau Plh. Lurah (tambahkan di Pengaturan → Pejabat penanda tangan bila belum ada), ' +
  'atau pakai Berita Acara musyawarah.';

/** Why this official may not sign an SPTJM, or undefined when he or she may. */
export function sptjmSignerProblem(official: { jabatan: string } | undefined): string | undefined {
  if (!official) return undefined;
  return lurahStanding(official.jabatan) ? undefined : SPTJM_SIGNER_MESSAGE;
}
