import { Button, Text } from '@mantine/core';
import { maskNoKk } from '@shared/domain/warga/kk';
import { maskNik } from '@shared/domain/warga/nik';
import type { RevealTarget } from './useRevealNik';
import { useRevealNik } from './useRevealNik';

type Props = { target: RevealTarget; label: string; reveal?: ReturnType<typeof useRevealNik> };

/**
 * A masked NIK or No. KK with a "Tampilkan" button; showing it in full writes
 * an audit entry first. Pass `reveal` to share one hook across a table.
 */
export function RevealNumber({ target, label, reveal }: Props) {
  const own = useRevealNik();
  const { isRevealed, toggle } = reveal ?? own;
  const key = target.kind === 'nik' ? `nik:${target.nik}` : `kk:${target.noKk}`;
  const full = target.kind === 'nik' ? target.nik : target.noKk;
  const masked = target.kind === 'nik' ? maskNik(target.nik) : maskNoKk(target.noKk);
  const shown = isRevealed(key);
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Text span ff="monospace" size="sm">
        {shown ? full : masked}
      </Text>{' '}
      <Button
        size="compact-xs"
        variant="subtle"
        aria-label={`${shown ? 'Sembunyikan' : 'Tampilkan'} ${label}`}
        onClick={() => void toggle(key, target)}
      >
        {shown ? 'Sembunyikan' : 'Tampilkan'}
      </Button>
    </span>
  );
}
