/** Local accounts (issue 7). Roles decide what the data layer lets a user do. */
export const ROLES = ['admin', 'operator', 'lurah', 'fasilitator'] as const;
export type Role = (typeof ROLES)[number];

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
