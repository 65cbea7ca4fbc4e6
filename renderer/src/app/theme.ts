import { Alert, createTheme, DEFAULT_THEME, Drawer, Modal, Notification } from '@mantine/core';
import type { CSSVariablesResolver, MantineColorsTuple } from '@mantine/core';
import { accessiblePalette } from './accessible-colors';

const colors: Record<string, MantineColorsTuple> = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [name, accessiblePalette(shades)]),
);

/** Placeholders read as text too (Mantine's grey 5 is 2:1 on white): the dimmed grey, AA. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-placeholder': 'var(--mantine-color-gray-6)' },
  dark: {},
});

export const theme = createTheme({
  primaryColor: 'teal',
  colors,
  fontFamily: 'Roboto, "Segoe UI", "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  // Keyboard users see where they are; a mouse click does not draw a ring.
  focusRing: 'auto',
  // Icon-only close buttons need a name for screen readers (axe: button-name).
  components: {
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Tutup pemberitahuan' } },
    }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Tutup' } } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Tutup' } } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Tutup' } }),
  },
});
