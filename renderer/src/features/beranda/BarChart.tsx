import { Box, Text } from '@mantine/core';

export type Bar = { label: string; value: number };

type Props = { title: string; bars: readonly Bar[]; color?: string };

const number = new Intl.NumberFormat('id-ID');

/**
 * Horizontal bars in plain HTML and CSS: a charting library would add more to
 * the start-up bundle than the Beranda needs, and text stays readable at any
 * card width. The numbers are printed, so the chart reads without colour.
 */
export function BarChart({ title, bars, color = 'var(--mantine-color-teal-6)' }: Props) {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" fw={600} size="sm" mb={6}>
        {title}
      </Text>
      {bars.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada data.
        </Text>
      ) : (
        <Box
          component="ul"
          aria-label={title}
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 }}
        >
          {bars.map((bar) => (
            <li
              key={bar.label}
              style={{
                display: 'grid',
                gridTemplateColumns: 'minmax(90px, 40%) 1fr',
                gap: 8,
                alignItems: 'center',
              }}
            >
              {/* Long labels (the criteria's full wording) wrap: a cut label says nothing. */}
              <Text size="xs" ta="right" lh={1.3} style={{ overflowWrap: 'anywhere' }}>
                {bar.label}
              </Text>
              <span style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
                <span
                  style={{
                    display: 'inline-block',
                    height: 12,
                    borderRadius: 2,
                    background: color,
                    width: `${(bar.value / top) * 85}%`,
                    minWidth: bar.value > 0 ? 2 : 0,
                  }}
                />
                <Text size="xs" component="span">
                  {number.format(bar.value)}
                </Text>
              </span>
            </li>
          ))}
        </Box>
      )}
    </figure>
  );
}
