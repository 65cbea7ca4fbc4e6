import { Alert, Table, Text } from '@mantine/core';
import type { Letter } from '@shared/domain/core/entities';
import type { LetterClaims } from '@shared/domain/surat/payload';
import { formatFingerprint } from '@shared/domain/surat/payload';
import { formatLongDate } from '@shared/reports/letterhead';
import type { VerifyResult } from '../../db/surat/signing';

function ClaimsTable({ claims }: { claims: LetterClaims }) {
  const rows: [string, string][] = [
    ['Nomor', claims.number],
    ['Tanggal', formatLongDate(claims.date)],
    ['Nama', claims.name],
    ['NIK', `************${claims.nikLast4}`],
    ['Keperluan', claims.purpose],
    ['Penanda tangan', claims.signer],
    ['Sidik jari kunci', formatFingerprint(claims.keyId)],
  ];
  return (
    <Table mt="sm" withRowBorders={false} verticalSpacing={2} data-testid="verify-claims">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td w={160} c="dimmed">
              {label}
            </Table.Td>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The register's own record of the letter, as issued (masked NIK: this is a counter screen). */
function RegisterEntry({ letter }: { letter: Letter }) {
  const rows: [string, string][] = [
    ['Nomor agenda', letter.number],
    ['Tanggal terbit', formatLongDate(letter.date)],
    ['Nama', letter.subject.nama],
    ['NIK', `************${letter.subject.nik.slice(-4)}`],
    ['Keperluan', letter.purpose],
    ['Status', letter.status === 'batal' ? 'Dibatalkan' : 'Terbit'],
  ];
  return (
    <Table mt="xs" withRowBorders={false} verticalSpacing={2} data-testid="verify-register">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Td w={160} c="dimmed">
              {label}
            </Table.Td>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function VerifyResultCard({
  result,
  registered,
}: {
  result: VerifyResult;
  registered?: Letter;
}) {
  switch (result.status) {
    case 'valid':
      return (
        <Alert
          color={registered?.status === 'batal' ? 'red' : 'teal'}
          title={
            registered?.status === 'batal'
              ? 'Tanda tangan sah, tetapi SURAT INI SUDAH DIBATALKAN'
              : 'SAH: surat asli, isinya tidak diubah'
          }
          data-testid="verify-result"
          data-status={registered?.status === 'batal' ? 'batal' : 'valid'}
        >
          <Text size="sm">
            Ditandatangani dengan {result.key.label.toLowerCase()}.{' '}
            {registered
              ? registered.status === 'batal'
                ? `Dibatalkan: ${registered.cancelReason ?? ''}`
                : 'Tercatat di buku agenda kantor ini.'
              : 'Tidak ada di buku agenda komputer ini (mungkin diterbitkan kantor lain).'}
          </Text>
          <Text size="sm">Cocokkan nama dan 4 digit akhir NIK dengan KTP pemegang surat.</Text>
          <ClaimsTable claims={result.claims} />
        </Alert>
      );
    case 'altered':
      return (
        <Alert
          color="red"
          title="TIDAK SAH: kode telah diubah atau rusak"
          data-testid="verify-result"
          data-status="altered"
        >
          <Text size="sm">{result.reason}.</Text>
          <Text size="sm">
            Jangan terima surat ini sebelum dicek ke kantor kelurahan. Jika kode diketik tangan,
            periksa kembali ketikannya.
          </Text>
        </Alert>
      );
    case 'unknown_key':
      return (
        <Alert
          color="orange"
          title="Ditandatangani kunci yang tidak dikenal"
          data-testid="verify-result"
          data-status="unknown_key"
          data-registered={registered ? registered.status : undefined}
        >
          {registered ? (
            <>
              <Text size="sm" fw={600}>
                {registered.status === 'batal'
                  ? `Tercatat di buku agenda kantor ini dengan nomor dan isi yang sama, tetapi SURAT INI SUDAH DIBATALKAN: ${registered.cancelReason ?? ''}`
                  : 'Tercatat di buku agenda kantor ini dengan nomor dan isi yang sama: surat ini diterbitkan kantor ini.'}
              </Text>
              <Text size="sm">
                Kunci yang menandatanganinya belum terdaftar di komputer ini (misalnya kunci
                komputer lama, dipulihkan dari cadangan yang belum membawa kunci). Impor kunci
                publik lama kantor ini di Pengaturan surat agar tanda tangannya dapat diperiksa.
              </Text>
              <RegisterEntry letter={registered} />
              <Text size="xs" c="dimmed" mt="sm">
                Isi kode QR:
              </Text>
            </>
          ) : (
            <Text size="sm">
              Kode utuh, tetapi kuncinya tidak terdaftar di komputer ini. Bisa jadi surat dari
              kelurahan lain: impor kunci publiknya di Pengaturan surat, lalu periksa lagi.
            </Text>
          )}
          <ClaimsTable claims={result.claims} />
        </Alert>
      );
    case 'not_payload':
      return (
        <Alert
          color="gray"
          title="Bukan kode surat"
          data-testid="verify-result"
          data-status="not_payload"
        >
          <Text size="sm">{result.reason}.</Text>
        </Alert>
      );
  }
}
