import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { formatTanggal } from '@shared/domain/core/tanggal';
import { desilLabel } from '@shared/domain/usulan/desil';
import { hasExistingOverlap } from '@shared/domain/warga/overlap';
import { NotAllowedHint } from '../../kit/session/NotAllowedHint';
import { missingFields } from '@shared/domain/warga/person-fields';
import { RevealNumber } from '../../kit/session/RevealNumber';
import { useCan } from '../../kit/session/useCan';
import { AidSection } from './AidSection';
import { CekBansosSection } from './CekBansosSection';
import { FamilyHistory } from './FamilyHistory';
import { FamilyModals } from './FamilyModals';
import type { FamilyModal } from './FamilyModals';
import { MembersTable } from './MembersTable';
import { useFamilyDetail, useFamilyHistory, useKodeWilayah } from './useFamily';
import { areaLabel, formatInstant } from './warga-format';

export function FamilyDetailPage() {
  const { familyId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const detail = useFamilyDetail(familyId);
  const history = useFamilyHistory(familyId);
  const kodeWilayah = useKodeWilayah();
  const [modal, setModal] = useState<FamilyModal | null>(null);
  const mayEdit = useCan('ubah-keluarga');
  const mayAddMember = useCan('tambah-warga');
  const mayPropose = useCan('buat-usulan');
  // `?ubah=<personId>` opens that person's form: the links from the batch report and the
  // letter refusal land here.
  const editId = params.get('ubah');
  const editing = editId ? detail?.members.find((member) => member.id === editId) : undefined;
  const closeModal = () => {
    setModal(null);
    if (editId) {
      const next = new URLSearchParams(params);
      next.delete('ubah');
      setParams(next, { replace: true });
    }
  };
  const shown: FamilyModal | null =
    modal ?? (editing ? { kind: 'edit-member', person: editing } : null);

  if (detail === undefined) return <Text c="dimmed">Memuat data keluarga…</Text>;
  if (detail === null) {
    return (
      <Stack>
        <Title order={2}>Keluarga tidak ditemukan</Title>
        <Text>Keluarga ini mungkin sudah dihapus.</Text>
        <Button component={Link} to="/warga" w="fit-content">
          Kembali ke daftar
        </Button>
      </Stack>
    );
  }

  const { family, members, aid } = detail;
  const head = members.find((member) => member.shdk === 1);
  const overlap = hasExistingOverlap(aid);
  const present = members.filter((member) => member.statusKeberadaan === 'ada').length;
  const incomplete = members.filter((member) => missingFields(member).length > 0);

  return (
    <Stack maw={1300}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={2}>Keluarga {head?.nama ?? '(tanpa kepala keluarga)'}</Title>
            {overlap && (
              <Badge color="red" variant="filled">
                Tumpang tindih bantuan
              </Badge>
            )}
          </Group>
          <Group gap="xs" mt={4} data-testid="family-kk">
            <Text>No. KK</Text>
            <RevealNumber
              label="No. KK"
              target={{ kind: 'kk', noKk: family.noKk, familyId: family.id, label: head?.nama }}
            />
          </Group>
          <Text>
            {family.alamat}, {areaLabel(family.rt, family.rw)}
          </Text>
          <Text size="sm" data-testid="family-iddtks">
            ID DTKS/DTSEN:{' '}
            {family.idDtks ? (
              <b>{family.idDtks}</b>
            ) : (
              <Text span c="dimmed" size="sm">
                belum tercatat (dari prelist, atau isi lewat Ubah data keluarga)
              </Text>
            )}
          </Text>
          {/* Read-only: the decile comes from the national ranking's list, never typed here. */}
          <Group gap="xs" mt={2} data-testid="family-desil">
            <Badge color={family.desil ? 'indigo' : 'gray'} variant="light">
              {desilLabel(family.desil)}
            </Badge>
            <Text size="sm" c="dimmed">
              {family.desil
                ? `dari ${family.desil.source}, dibaca ${formatTanggal(family.desil.date)}`
                : 'diisi dari prelist yang memuat kolom Desil'}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {members.length} anggota, {present} berstatus ada · diperbarui{' '}
            {formatInstant(family.updatedAt)}
          </Text>
        </div>
        <Group>
          <Button
            variant="default"
            disabled={!mayEdit.allowed}
            title={mayEdit.reason ?? undefined}
            onClick={() => setModal({ kind: 'edit-family' })}
          >
            Ubah data keluarga
          </Button>
          <Button
            variant="default"
            disabled={!mayAddMember.allowed}
            title={mayAddMember.reason ?? undefined}
            onClick={() => setModal({ kind: 'add-member' })}
          >
            Tambah anggota
          </Button>
          {mayPropose.allowed ? (
            <Button component={Link} to={`/usulan/baru?familyId=${family.id}`}>
              Buat usulan
            </Button>
          ) : (
            <Button disabled>Buat usulan</Button>
          )}
          <NotAllowedHint can={mayEdit} />
        </Group>
      </Group>
      {!head && (
        <Alert color="orange">
          Keluarga ini belum memiliki Kepala Keluarga. Pilih anggota lalu "Jadikan kepala keluarga".
        </Alert>
      )}
      {incomplete.length > 0 && (
        <Alert color="orange" title="Data anggota belum lengkap" data-testid="family-missing">
          {incomplete.length} anggota memiliki data yang belum diisi karena berkas impor tidak
          memuatnya. Data ini tidak pernah diisi dengan tebakan: selama belum diisi, SKTM tidak
          dapat dibuat dan baris usulannya tertahan di batch ekspor. Lengkapi lewat tautan{' '}
          <b>Lengkapi</b> di bawah nama anggota.
        </Alert>
      )}
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          Anggota keluarga
        </Title>
        <MembersTable
          members={members}
          highlightId={params.get('anggota')}
          onAction={(kind, person) => setModal({ kind, person })}
        />
      </Paper>
      <AidSection familyId={family.id} aid={aid} members={members} />
      <CekBansosSection familyId={family.id} entries={family.cekBansos ?? []} members={members} />
      <FamilyHistory entries={history} />
      <FamilyModals
        modal={shown}
        family={family}
        members={members}
        kodeWilayah={kodeWilayah}
        onClose={closeModal}
        onFamilyGone={() => {
          setModal(null);
          navigate('/warga');
        }}
      />
    </Stack>
  );
}
