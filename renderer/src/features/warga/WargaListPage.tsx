import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { PresenceStatus } from '@shared/domain/core/entities';
import { FamilyList } from './FamilyList';
import { PeopleList } from './PeopleList';
import { useAreas } from './useFamilyList';
import { useNameVocabularyStart, useWargaSearch } from './useWargaSearch';
import type { WargaFilters } from './useWargaSearch';
import { PRESENCE_OPTIONS } from './warga-format';

/**
 * The registry at a glance: all families by RW/RT, or, as soon as something is
 * typed or a status is picked, the people who match. The search and filters
 * live in the address, so "back" from a family returns to the same list.
 */
export function WargaListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: WargaFilters = {
    query: params.get('q') ?? '',
    rw: params.get('rw') ?? '',
    rt: params.get('rt') ?? '',
    status: (params.get('status') ?? '') as PresenceStatus | '',
  };
  const areas = useAreas();
  const searching = filters.query.trim() !== '' || filters.status !== '';
  const result = useWargaSearch(filters);
  const startVocabulary = useNameVocabularyStart();

  const update = (key: keyof WargaFilters, value: string) => {
    const next = new URLSearchParams(params);
    const name = key === 'query' ? 'q' : key;
    if (value) next.set(name, value);
    else next.delete(name);
    if (key === 'rw') next.delete('rt');
    setParams(next, { replace: true });
  };

  const rwOptions = [...new Set(areas.map((area) => area.rw))];
  const rtOptions = [
    ...new Set(
      areas.filter((area) => !filters.rw || area.rw === filters.rw).map((area) => area.rt),
    ),
  ].sort();

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('nav.warga')}</Title>
          <Text size="sm" c="dimmed">
            Cari dengan nama (salah ketik tetap ditemukan), NIK, atau No. KK.
          </Text>
        </div>
        <Group>
          <Button component={Link} to="/log" variant="default">
            Log aktivitas
          </Button>
          <Button component={Link} to="/warga/baru">
            Daftarkan keluarga baru
          </Button>
        </Group>
      </Group>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label="Cari warga"
          placeholder="Nama, NIK atau No. KK"
          type="search"
          autoFocus
          w={360}
          value={filters.query}
          onKeyDown={startVocabulary}
          onChange={(event) => update('query', event.currentTarget.value)}
        />
        <Select
          label="RW"
          placeholder="Semua RW"
          clearable
          w={120}
          data={rwOptions}
          value={filters.rw || null}
          onChange={(value) => update('rw', value ?? '')}
        />
        <Select
          label="RT"
          placeholder="Semua RT"
          clearable
          w={120}
          data={rtOptions}
          value={filters.rt || null}
          onChange={(value) => update('rt', value ?? '')}
        />
        <Select
          label="Status keberadaan"
          placeholder="Semua status"
          clearable
          w={190}
          data={PRESENCE_OPTIONS}
          value={filters.status || null}
          onChange={(value) => update('status', value ?? '')}
        />
      </Group>
      {searching ? <PeopleList result={result} /> : <FamilyList rw={filters.rw} rt={filters.rt} />}
    </Stack>
  );
}
