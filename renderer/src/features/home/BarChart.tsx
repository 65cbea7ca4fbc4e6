import { Text } from '@mantine/core';

export type Bar = { label: string; value: number };

type Props = { title: string; bars: readonly Bar[]; color?: string; max?: number };

const number = new Intl.NumberFormat('id-ID');

/**
 * A horizontal bar chart in plain SVG: a charting library would add more to
 * the start-up bundle than the Beranda needs. The numbers are in the labels,
 * so the chart reads without colour and to a screen reader.
 */
export function BarChart({ title, bars, color = 'var(--mantine-color-teal-6)', max }: Props) {
  const top = Math.max(1, max ?? Math.max(0, ...bars.map((bar) => bar.value)));
  const rowHeight = 22;
  const labelWidth = 170;
  const width = 520;
  const barSpace = width - labelWidth - 60;
  return (
    <figure style={{ margin: 0 }}>
      <Text component="figcaption" fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {bars.length === 0 ? (
        <Text size="sm" c="dimmed">
          Belum ada data.
        </Text>
      ) : (
        <svg
          role="img"
          aria-label={`${title}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join(', ')}`}
          viewBox={`0 0 ${width} ${bars.length * rowHeight}`}
          width="100%"
          style={{ maxWidth: width }}
        >
          {bars.map((bar, index) => {
            const y = index * rowHeight;
            const barWidth = Math.max(bar.value > 0 ? 2 : 0, (bar.value / top) * barSpace);
            return (
              <g key={bar.label}>
                <text
                  x={labelWidth - 8}
                  y={y + 15}
                  textAnchor="end"
                  fontSize="12"
                  fill="currentColor"
                >
                  {bar.label.length > 26 ? `${bar.label.slice(0, 25)}…` : bar.label}
                </text>
                <rect
                  x={labelWidth}
                  y={y + 4}
                  width={barWidth}
                  height={rowHeight - 8}
                  fill={color}
                  rx="2"
                />
                <text x={labelWidth + barWidth + 6} y={y + 15} fontSize="12" fill="currentColor">
                  {number.format(bar.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
