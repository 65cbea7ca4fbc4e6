import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, accessiblePalette, contrastRatio, LIGHT_PANEL } from './accessible-colors';
import { theme } from './theme';

describe('accessible colours', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // The failures axe reported with Mantine's defaults.
    expect(contrastRatio('#ffffff', '#12b886')).toBeCloseTo(2.55, 2);
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
  });

  it('gives every palette of the theme AA text on white, grey panels and its light background', () => {
    const colors = theme.colors ?? {};
    for (const name of Object.keys(DEFAULT_THEME.colors)) {
      const shades = colors[name];
      expect(shades, name).toBeDefined();
      if (!shades) continue;
      for (const bg of ['#ffffff', LIGHT_PANEL]) {
        expect(contrastRatio(shades[6], bg), `${name}.6 on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(shades[7], bg), `${name}.7 on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
      }
      // Light variants: shade 9 text on shade 1 (badges, alerts), shade 2 when hovered.
      for (const bg of [shades[1], shades[2]])
        expect(contrastRatio(shades[9], bg), `${name}.9 on ${bg}`).toBeGreaterThanOrEqual(AA_TEXT);
    }
  });

  it('keeps the light shades and the hue (teal stays teal, only darker)', () => {
    const teal = accessiblePalette(DEFAULT_THEME.colors.teal);
    expect(teal.slice(0, 6)).toEqual(DEFAULT_THEME.colors.teal.slice(0, 6));
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(teal[6].slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    expect(g).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(r);
  });
});
