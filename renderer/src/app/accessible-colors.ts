import type { MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's default palettes darkened just enough for WCAG AA (4.5:1 for text), keeping each
 * hue. Mantine paints filled buttons, outlines, `c="red"` text and the dimmed grey with shade 6,
 * hovers with 7, and light-variant text (badges, alerts) with shade 9 on shade 1; the defaults
 * give white on teal 2.55:1 and grey text 3.3:1. Only those shades move; 0 to 5 stay as they
 * are, so light backgrounds look the same.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** Darkens (towards black, same hue) until the colour reaches `ratio` against every background. */
function darkenUntil(hex: string, backgrounds: string[], ratio: number): string {
  const rgb = parseHex(hex);
  for (let factor = 1; factor > 0; factor -= 0.01) {
    const candidate = toHex(rgb.map((c) => c * factor) as Rgb);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}

function scale(hex: string, factor: number): string {
  return toHex(parseHex(hex).map((c) => c * factor) as Rgb);
}

function darker(a: string, b: string): string {
  return relativeLuminance(a) <= relativeLuminance(b) ? a : b;
}

/** A light grey panel (Mantine gray 1): text on it must still pass, not only on white. */
export const LIGHT_PANEL = '#f1f3f5';
export const AA_TEXT = 4.5;

export function accessiblePalette(palette: readonly string[]): MantineColorsTuple {
  const shades = [...palette];
  // Light variants paint shade 9 on shade 1, and on shade 2 while hovered.
  const light = [shades[0], shades[1], shades[2]].map((shade) => shade ?? '#ffffff');
  // A little above 4.5 so the same text also passes on a tinted row (a selected list item).
  const six = darkenUntil(shades[6] ?? '#000000', ['#ffffff', LIGHT_PANEL], AA_TEXT + 0.2);
  // Hover shades stay darker than the filled one, so white on a hovered button still passes.
  const seven = darker(shades[7] ?? six, scale(six, 0.9));
  const eight = darker(shades[8] ?? seven, scale(seven, 0.9));
  const nine = darkenUntil(shades[9] ?? eight, ['#ffffff', LIGHT_PANEL, ...light], AA_TEXT);
  shades[6] = six;
  shades[7] = seven;
  shades[8] = eight;
  shades[9] = nine;
  return shades as unknown as MantineColorsTuple;
}
