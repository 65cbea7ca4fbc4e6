import { useState } from 'react';
import type { MemberData } from '../../../../shared/domain/warga/registry-schema';
import { draftFromPerson, emptyDraft } from './member-draft';
import type { MemberDraft } from './member-draft';

/** Sensible defaults for the next member, so a family of four is mostly Enter and Tab. */
export function nextDraft(members: readonly MemberData[]): MemberDraft {
  const head = members.find((member) => member.shdk === 1);
  if (!head) return emptyDraft({ shdk: '1' });
  const spouse = members.find((member) => member.shdk === 2 || member.shdk === 3);
  const mother =
    members.find((member) => member.shdk === 3) ?? (head.jenisKelamin === 'P' ? head : undefined);
  if (!spouse && members.length === 1) {
    return emptyDraft({
      shdk: head.jenisKelamin === 'L' ? '3' : '2',
      statusKawin: 'kawin',
      agama: head.agama,
    });
  }
  return emptyDraft({
    shdk: '4',
    statusKawin: 'belum_kawin',
    agama: head.agama,
    namaIbuKandung: mother?.nama ?? '',
  });
}

export type PendingMembers = ReturnType<typeof usePendingMembers>;

/**
 * The members of a new family, listed before the family is saved, and what the member
 * form starts from next. `formKey` changes whenever the form must start afresh.
 */
export function usePendingMembers() {
  const [members, setMembers] = useState<MemberData[]>([]);
  const [formDraft, setFormDraft] = useState<MemberDraft>(() => nextDraft([]));
  const [formKey, setFormKey] = useState(0);

  const resetForm = (list: readonly MemberData[], draft = nextDraft(list)) => {
    setFormDraft(draft);
    setFormKey((key) => key + 1);
  };
  const add = (member: MemberData) => {
    const list = [...members, member];
    setMembers(list);
    resetForm(list);
  };
  /** Takes a listed member back into the form. */
  const edit = (index: number) => {
    const member = members[index];
    if (!member) return;
    const rest = members.filter((_, i) => i !== index);
    setMembers(rest);
    resetForm(rest, draftFromPerson(member));
  };
  const remove = (index: number) => setMembers(members.filter((_, i) => i !== index));

  return { members, formDraft, formKey, add, edit, remove };
}
