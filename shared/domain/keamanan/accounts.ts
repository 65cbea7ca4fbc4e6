import { z } from 'zod';

/** Local accounts (issue 7). Roles decide what the data layer lets a user do. */
export const ROLES = ['admin', 'operator', 'lurah', 'fasilitator'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  operator: 'Operator',
  lurah: 'Lurah/Verifikator',
  fasilitator: 'Fasilitator musyawarah',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Pengaturan, akun pengguna, cadangan dan pemulihan; juga semua pekerjaan operator.',
  operator: 'Data warga, impor, usulan, surat, ekspor dan persiapan musyawarah.',
  lurah: 'Mengunci hasil musyawarah, menerbitkan surat, verifikasi lapangan.',
  fasilitator: 'Hanya layar musyawarah: mencatat kehadiran dan keputusan.',
};

export type Account = {
  id: string;
  username: string;
  nama: string;
  role: Role;
  /** PBKDF2-SHA256 hash (base64) with its salt and iteration count. */
  passwordHash: string;
  salt: string;
  iterations: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
};

/** What the session and the audit log know of an account: never the hash. */
export type SessionAccount = Pick<Account, 'id' | 'username' | 'nama' | 'role'>;

/**
 * OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Stored per account, so raising
 * it later only needs a re-hash at the next successful sign-in.
 */
export const PBKDF2_ITERATIONS = 600_000;

export const MIN_PASSWORD_LENGTH = 10;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Nama pengguna minimal 3 karakter')
  .max(32, 'Nama pengguna maksimal 32 karakter')
  .regex(
    /^[a-z0-9._-]+$/,
    'Nama pengguna hanya huruf kecil, angka, titik, garis bawah, tanda hubung',
  );

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`)
  .max(200, 'Kata sandi terlalu panjang');

export const accountNameSchema = z
  .string()
  .trim()
  .min(1, 'Nama lengkap wajib diisi')
  .max(120, 'Nama lengkap maksimal 120 karakter');

export const roleSchema = z.enum(ROLES, 'Peran tidak dikenal');

export const PASSWORD_IS_USERNAME = 'Kata sandi tidak boleh sama dengan nama pengguna';
export const PASSWORDS_DIFFER = 'Kedua kata sandi tidak sama';

/** A password anyone who knows the user name would guess first. */
export function passwordIsUsername(password: string, username: string): boolean {
  return password.toLowerCase() === username.trim().toLowerCase();
}

const accountFields = z.object({
  username: usernameSchema,
  nama: accountNameSchema,
  role: roleSchema,
  password: passwordSchema,
});

const notTheUsername = (input: { username: string; password: string }) =>
  !passwordIsUsername(input.password, input.username);
const notTheUsernameIssue = { message: PASSWORD_IS_USERNAME, path: ['password'] };

export const accountInputSchema = accountFields.refine(notTheUsername, notTheUsernameIssue);
export type AccountInput = z.input<typeof accountInputSchema>;

/**
 * Both password fields filled: their mismatch is shown even while another field
 * (a short password, an empty name) is still wrong, so the clerk sees every
 * problem at once.
 */
function bothPasswordsTyped(payload: { value: unknown }): boolean {
  const value = payload.value as { password?: unknown; confirm?: unknown };
  return typeof value.password === 'string' && typeof value.confirm === 'string';
}

/**
 * The form that creates an account ("Tambah akun", the first-run admin): the
 * account's own input plus the password typed a second time.
 */
export const newAccountFormSchema = accountFields
  .extend({ confirm: z.string() })
  .refine(notTheUsername, notTheUsernameIssue)
  .refine((input) => input.password === input.confirm, {
    message: PASSWORDS_DIFFER,
    path: ['confirm'],
    when: bothPasswordsTyped,
  });
export type NewAccountForm = z.input<typeof newAccountFormSchema>;

/** What an admin may change on an existing account. */
export const accountEditSchema = z.object({
  nama: accountNameSchema,
  role: roleSchema,
  active: z.boolean(),
});
export type AccountEdit = z.input<typeof accountEditSchema>;

/**
 * An admin's new password for someone who forgot theirs; `username` is the
 * account's, shown and not edited, so the password cannot simply repeat it.
 */
export const passwordResetSchema = z
  .object({ username: z.string(), password: passwordSchema })
  .refine(notTheUsername, notTheUsernameIssue);

/**
 * "Kata sandi Anda": the current password, the new one twice. `username` is the signed-in
 * account's, shown and not edited, so the new password cannot simply repeat it. Whether
 * the current password is right is the repository's to say (it hashes).
 */
export const ownPasswordFormSchema = z
  .object({
    username: z.string(),
    current: z.string().min(1, 'Isi kata sandi Anda sekarang'),
    next: passwordSchema,
    confirm: z.string(),
  })
  .refine((input) => !passwordIsUsername(input.next, input.username), {
    message: PASSWORD_IS_USERNAME,
    path: ['next'],
  })
  .refine((input) => input.next === input.confirm, {
    message: PASSWORDS_DIFFER,
    path: ['confirm'],
  });
export type OwnPasswordForm = z.input<typeof ownPasswordFormSchema>;

/** Minutes without keyboard or mouse before the app locks itself. */
export const DEFAULT_IDLE_LOCK_MINUTES = 10;
export const idleLockSchema = z.object({
  minutes: z
    .number('Isi jumlah menit')
    .int('Isi bilangan bulat')
    .min(1, 'Minimal 1 menit')
    .max(120, 'Maksimal 120 menit'),
});
export type IdleLock = z.infer<typeof idleLockSchema>;

/**
 * Constant-time comparison of two equal-length byte strings: the loop never
 * exits early, so timing does not reveal how many leading bytes matched.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

export function toSessionAccount(account: Account): SessionAccount {
  return { id: account.id, username: account.username, nama: account.nama, role: account.role };
}
