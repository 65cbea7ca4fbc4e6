import { createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  fontFamily: 'Roboto, "Segoe UI", "Noto Sans", Arial, sans-serif',
  defaultRadius: 'sm',
});
