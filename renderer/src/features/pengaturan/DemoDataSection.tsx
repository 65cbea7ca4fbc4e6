import { Alert, Button, Group, NumberInput, Progress, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useDatabase } from '../../kit/database-context';
import { useConfirm } from '../../kit/confirm/useConfirm';
import { setActiveDatabaseKind } from '../../db/core/database';
import { demoContents } from '../../db/pengaturan/demo-load';
import type { DemoUnit } from '../../db/pengaturan/demo-load';
import { currentActor, getIdentity } from '../../db/pengaturan/repository';
import { runDemoDataJob } from '../../workers/run-demo-data';
import { useOptionalSession } from '../../kit/session/session-context';
import type { DemoDataJob } from '../../workers/run-demo-data';

const SIZES = ['100', '1000', '2000', '10000', '50000'];
const number = new Intl.NumberFormat('id-ID');

type Progress = { phase: 'generate' | 'write'; done: number; total: number; unit?: DemoUnit };

const STAGES: Record<DemoUnit, string> = {
  keluarga: 'Menyimpan keluarga',
  warga: 'Menyimpan warga',
  bantuan: 'Menyimpan catatan bantuan',
  usulan: 'Menyimpan usulan',
  penilaian: 'Menyimpan penilaian verivali',
  kontak: 'Menyimpan kontak musyawarah',
};

export function DemoDataSection() {
  const { db, kind } = useDatabase();
  const session = useOptionalSession();
  const identity = useLiveQuery(() => getIdentity(db), [db]);
  const [size, setSize] = useState('1000');
  const [seed, setSeed] = useState<number>(2026);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useRef<DemoDataJob | null>(null);
  const { confirm, dialog } = useConfirm();

  const switchTo = (next: 'real' | 'training') => {
    setActiveDatabaseKind(next);
    window.location.reload();
  };

  const load = async () => {
    if (!identity) return;
    // In training mode this database is the one replaced: say what it holds first.
    if (kind === 'training') {
      const held = await demoContents(db);
      if (held.families + held.proposals + held.meetings + held.letters > 0) {
        const ok = await confirm({
          title: 'Ganti seluruh data latihan?',
          message: `Data latihan yang sekarang dihapus dan diganti ${number.format(Number(size))} warga fiktif baru. Data asli tidak disentuh.`,
          lost: [
            `${number.format(held.people)} warga dalam ${number.format(held.families)} keluarga`,
            `${number.format(held.proposals)} usulan beserta penilaian dan fotonya`,
            `${number.format(held.meetings)} sesi musyawarah dan ${number.format(held.letters)} surat latihan`,
          ],
          confirmLabel: 'Ganti data latihan',
        });
        if (!ok) return;
      }
    }
    setError(null);
    setProgress({ phase: 'generate', done: 0, total: Number(size) });
    job.current = runDemoDataJob(
      {
        seed,
        people: Number(size),
        kodeWilayah: identity.kodeWilayah,
        actor: await currentActor(db),
        account: session?.account ?? null,
      },
      (message) =>
        setProgress({
          phase: message.phase,
          done: message.done,
          total: message.total,
          unit: message.phase === 'write' ? message.unit : undefined,
        }),
    );
    try {
      await job.current.promise;
      switchTo('training');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setProgress(null);
    } finally {
      job.current = null;
    }
  };

  const percent = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;

  return (
    <Stack>
      {dialog}
      <Text>
        Data latihan mengisi basis data <b>terpisah</b> dengan warga dan keluarga fiktif (nama, NIK
        dan No. KK buatan) untuk pelatihan petugas, demo dan uji kecepatan. Data asli tidak
        disentuh. Selama mode latihan, pita oranye tampil di atas layar.
      </Text>
      {kind === 'training' ? (
        <Alert color="orange" title="Anda sedang di mode latihan">
          <Button mt="xs" color="orange" onClick={() => switchTo('real')}>
            Kembali ke data asli
          </Button>
        </Alert>
      ) : (
        <Group>
          <Button variant="default" onClick={() => switchTo('training')}>
            Buka data latihan yang sudah ada
          </Button>
        </Group>
      )}
      <Group align="flex-end">
        <Select
          label="Jumlah warga"
          data-testid="demo-size"
          w={180}
          allowDeselect={false}
          data={SIZES.map((value) => ({ value, label: number.format(Number(value)) }))}
          value={size}
          onChange={(value) => value && setSize(value)}
        />
        <NumberInput
          label="Benih acak (seed)"
          w={160}
          min={1}
          value={seed}
          onChange={(v) => setSeed(Number(v) || 1)}
        />
        <Button
          onClick={() => void load()}
          disabled={progress !== null || !identity}
          data-testid="load-demo"
        >
          Muat data latihan
        </Button>
        {progress && (
          <Button variant="subtle" color="red" onClick={() => job.current?.cancel()}>
            Batalkan
          </Button>
        )}
      </Group>
      {progress && (
        <Stack gap={4}>
          <Progress value={percent} animated aria-label="Kemajuan memuat data latihan" />
          <Text size="sm" c="dimmed" data-testid="demo-progress">
            {progress.phase === 'generate' || !progress.unit
              ? `Membuat ${number.format(progress.total)} warga fiktif…`
              : `${STAGES[progress.unit]}: ${number.format(progress.done)} dari ${number.format(progress.total)} ${progress.unit}`}
          </Text>
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert" title="Data latihan tidak dimuat">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
