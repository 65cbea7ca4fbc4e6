import type {
  ConfirmableField,
  Desil,
  Family,
  Person,
  Proposal,
  ProposalSource,
  ProposalStatus,
  ProposedProgramme,
} from '../core/entities';
import { prelistFingerprint } from './prelist-change';
import type { KnownLayoutId } from './fields';
import type { ImportRecord } from './validate-rows';

/** The rows of one No. KK, in file order. */
export type FamilyGroup = { noKk: string; records: ImportRecord[] };

/** Groups valid rows by No. KK, families in the order they first appear. */
export function groupByFamily(records: readonly ImportRecord[]): FamilyGroup[] {
  const groups = new Map<string, FamilyGroup>();
  for (const record of records) {
    const group = groups.get(record.noKk);
    if (group) group.records.push(record);
    else groups.set(record.noKk, { noKk: record.noKk, records: [record] });
  }
  return [...groups.values()];
}

/** Where and when the file's deciles were read; each family gets its own value. */
export type DesilStamp = Omit<Desil, 'value'>;

/**
 * The decile the file gives the family, with its source and date; undefined when no row
 * of the family carries one (rows of one KK never disagree: checkRows refuses that).
 */
export function familyDesil(group: FamilyGroup, stamp: DesilStamp): Desil | undefined {
  const value = group.records.find((record) => record.desil !== undefined)?.desil;
  return value === undefined ? undefined : { value, source: stamp.source, date: stamp.date };
}

/** The address of a new family: its head's row, else its first row. */
export function newFamily(
  group: FamilyGroup,
  ids: { id: string; kodeWilayah: string; now: string },
  desil?: Desil,
): Family {
  const source = group.records.find((record) => record.shdk === 1) ?? group.records[0];
  return {
    id: ids.id,
    noKk: group.noKk,
    alamat: source?.alamat ?? '',
    rt: source?.rt ?? '',
    rw: source?.rw ?? '',
    kodeWilayah: ids.kodeWilayah,
    ...(desil && { desil }),
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}

/**
 * What a list tells about a family already in the national list: its ID DTKS/DTSEN (any
 * list that carries one) and, for a prelist, the family as listed (issue 14.3), so a
 * family kept at the musyawarah is sent as a perbaikan only if the office changed it.
 * Empty when the list says nothing of the kind; an ID already stored is never blanked.
 */
export function listedFamilyFields(
  group: FamilyGroup,
  options: { prelist: boolean; now: string },
): Pick<Family, 'idDtks' | 'prelistFingerprint'> {
  const idDtks = group.records.find((record) => record.idDtks !== '')?.idDtks ?? '';
  const fields: Pick<Family, 'idDtks' | 'prelistFingerprint'> = {};
  if (idDtks !== '') fields.idDtks = idDtks;
  if (options.prelist) {
    const listed = newFamily(group, { id: '', kodeWilayah: '', now: options.now });
    const members = group.records.map((record) =>
      newPerson(record, { id: '', familyId: '', now: options.now }),
    );
    fields.prelistFingerprint = prelistFingerprint(listed, members);
  }
  return fields;
}

/** Fields a list may not carry; the import leaves them unknown and says so. */
export type PlaceholderField = ConfirmableField;

/**
 * A person as the list gives them. What the list does not carry is stored unknown and
 * listed in `fieldsToComplete`, never filled with a guess: a default religion or
 * education on a letter would be a statement nobody made.
 */
export function newPerson(
  record: ImportRecord,
  ids: { id: string; familyId: string; now: string },
): Person {
  const missing: PlaceholderField[] = [];
  if (record.statusKawin === undefined) missing.push('statusKawin');
  if (record.agama === undefined) missing.push('agama');
  if (record.pendidikan === undefined) missing.push('pendidikan');
  if (record.pekerjaan.trim() === '') missing.push('pekerjaan');
  const person: Person = {
    id: ids.id,
    familyId: ids.familyId,
    nik: record.nik,
    nama: record.nama,
    tempatLahir: record.tempatLahir,
    tanggalLahir: record.tanggalLahir,
    jenisKelamin: record.jenisKelamin,
    shdk: record.shdk,
    ...(record.statusKawin !== undefined && { statusKawin: record.statusKawin }),
    ...(record.agama !== undefined && { agama: record.agama }),
    ...(record.pendidikan !== undefined && { pendidikan: record.pendidikan }),
    pekerjaan: record.pekerjaan.trim(),
    namaIbuKandung: record.namaIbuKandung,
    statusKeberadaan: 'ada',
    createdAt: ids.now,
    updatedAt: ids.now,
  };
  if (missing.length > 0) person.fieldsToComplete = missing;
  return person;
}

/** What an import writes as proposals: confirmed by the user on the last step. */
export type ProposalChoice = {
  source: ProposalSource;
  kind: 'baru' | 'perbaikan';
  status: Extract<ProposalStatus, 'draf' | 'verifikasi_lapangan'>;
  programme: ProposedProgramme;
};

/**
 * A prelist lists families already in DTKS to re-check in the field; an RT/RW list
 * proposes new ones, which start as drafts until their documents are in.
 */
export function defaultProposalChoice(layout: KnownLayoutId | null): ProposalChoice {
  return layout === 'prelist'
    ? {
        source: 'prelist',
        kind: 'perbaikan',
        status: 'verifikasi_lapangan',
        programme: 'DTKS Non-Bansos',
      }
    : { source: 'rt_rw', kind: 'baru', status: 'draf', programme: 'DTKS Non-Bansos' };
}

export function importProposal(args: {
  id: string;
  familyId: string;
  personId: string;
  choice: ProposalChoice;
  period: string;
  actor: string;
  now: string;
  fileName: string;
}): Proposal {
  const { choice, now } = args;
  const reason = `Diimpor dari berkas ${args.fileName}`;
  return {
    id: args.id,
    familyId: args.familyId,
    personId: args.personId,
    kind: choice.kind,
    source: choice.source,
    programme: choice.programme,
    documents: { ktp: false, kk: false, suratPengantar: false, fotoRumah: false },
    status: choice.status,
    history: [{ from: null, to: choice.status, at: now, by: args.actor, reason }],
    period: args.period,
    // The ID DTKS is a field of the family (listedFamilyFields), never only a note.
    note: reason,
    createdAt: now,
    updatedAt: now,
  };
}
