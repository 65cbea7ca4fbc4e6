import { z } from 'zod';
import { REGIME_IDS, REGIME_LABELS } from '@shared/domain/pengaturan/regime';
import type { RegimeChoices, RegimeId } from '@shared/domain/pengaturan/regime';
import {
  DEFAULT_UPDATE_PERIOD,
  kelurahanIdentitySchema,
  officialSchema,
  operatorSchema,
  updatePeriodSchema,
} from '@shared/domain/core/settings';
import type {
  KelurahanIdentity,
  Official,
  Operator,
  UpdatePeriod,
} from '@shared/domain/core/settings';
import { appendAudit } from '../keamanan/audit-repository';
import { checkPermission } from '../keamanan/permission-door';
import type { DtksDatabase } from '../core/database';
import { getSessionAccount } from '../core/session';

const KEYS = {
  identity: 'kelurahan',
  period: 'periode',
  operator: 'operator',
  regimes: 'rezim-periode',
} as const;

/** Settings are re-validated on read: a row written by an older version may not fit. */
export async function getIdentity(db: DtksDatabase): Promise<KelurahanIdentity | null> {
  const row = await db.settings.get(KEYS.identity);
  const parsed = kelurahanIdentitySchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

export async function getPeriod(db: DtksDatabase): Promise<UpdatePeriod> {
  const row = await db.settings.get(KEYS.period);
  const parsed = updatePeriodSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_UPDATE_PERIOD;
}

const regimeChoicesSchema = z.record(z.string(), z.enum(REGIME_IDS));

/** The regime the office chose for some periods; any period not listed takes its default. */
export async function getRegimeChoices(db: DtksDatabase): Promise<RegimeChoices> {
  const row = await db.settings.get(KEYS.regimes);
  const parsed = regimeChoicesSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : {};
}

/** Chooses a period's regime; `undefined` returns the period to its default. */
export async function saveRegimeChoice(
  db: DtksDatabase,
  period: string,
  regimeId: RegimeId | undefined,
): Promise<RegimeChoices> {
  checkPermission(db, 'settings', 'pengaturan');
  const label = period.trim();
  if (!label) throw new Error('Periode wajib diisi');
  const next: Record<string, RegimeId> = { ...(await getRegimeChoices(db)) };
  if (regimeId) next[label] = regimeId;
  else delete next[label];
  await saveSetting(
    db,
    KEYS.regimes,
    next,
    regimeId
      ? `Rezim data periode ${label}: ${REGIME_LABELS[regimeId]}`
      : `Rezim data periode ${label} kembali ke bawaan`,
  );
  return next;
}

export async function getOperator(db: DtksDatabase): Promise<Operator | null> {
  const row = await db.settings.get(KEYS.operator);
  const parsed = operatorSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : null;
}

/**
 * The name frozen into records (letter issued by, status changed by): the
 * signed-in account, or the operator name of the first run before accounts
 * exist. Audit entries name the account themselves (appendAudit).
 */
export async function currentActor(db: DtksDatabase): Promise<string> {
  const account = getSessionAccount(db);
  if (account) return account.nama;
  return (await getOperator(db))?.nama ?? 'operator';
}

async function saveSetting<T>(
  db: DtksDatabase,
  key: string,
  value: T,
  summary: string,
): Promise<void> {
  await db.transaction('rw', db.settings, db.audit, async () => {
    const before = (await db.settings.get(key))?.value;
    await db.settings.put({ key, value });
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'settings',
      entity: 'pengaturan',
      entityId: key,
      summary,
      before,
      after: value,
    });
  });
}

export async function saveIdentity(db: DtksDatabase, input: unknown): Promise<KelurahanIdentity> {
  checkPermission(db, 'settings', 'pengaturan');
  const identity = kelurahanIdentitySchema.parse(input);
  await saveSetting(db, KEYS.identity, identity, 'Identitas kelurahan disimpan');
  return identity;
}

export async function savePeriod(db: DtksDatabase, input: unknown): Promise<UpdatePeriod> {
  checkPermission(db, 'settings', 'pengaturan');
  const period = updatePeriodSchema.parse(input);
  await saveSetting(db, KEYS.period, period, 'Periode pemutakhiran disimpan');
  return period;
}

export async function saveOperator(db: DtksDatabase, input: unknown): Promise<Operator> {
  checkPermission(db, 'settings', 'pengaturan');
  const operator = operatorSchema.parse(input);
  await saveSetting(db, KEYS.operator, operator, 'Nama operator disimpan');
  return operator;
}

export function listOfficials(db: DtksDatabase): Promise<Official[]> {
  return db.officials
    .toArray()
    .then((rows) => rows.sort((a, b) => a.nama.localeCompare(b.nama, 'id')));
}

export async function saveOfficial(db: DtksDatabase, input: unknown): Promise<Official> {
  checkPermission(db, 'update', 'pejabat');
  const official = officialSchema.parse(input);
  await db.transaction('rw', db.officials, db.settings, db.audit, async () => {
    const before = await db.officials.get(official.id);
    await db.officials.put(official);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: before ? 'update' : 'create',
      entity: 'pejabat',
      entityId: official.id,
      summary: `${before ? 'Data pejabat diubah' : 'Pejabat ditambahkan'}: ${official.nama}`,
      before,
      after: official,
    });
  });
  return official;
}

export async function deleteOfficial(db: DtksDatabase, id: string): Promise<void> {
  checkPermission(db, 'delete', 'pejabat');
  await db.transaction('rw', db.officials, db.settings, db.audit, async () => {
    const before = await db.officials.get(id);
    if (!before) return;
    await db.officials.delete(id);
    await appendAudit(db, {
      actor: await currentActor(db),
      action: 'delete',
      entity: 'pejabat',
      entityId: id,
      summary: `Pejabat dihapus: ${before.nama}`,
      before,
    });
  });
}
