// Test helpers for forms drawn with Mantine in jsdom (used by the features' form tests only).
import { fireEvent, screen } from '@testing-library/react';

/** The input whose label matches. */
export const field = (label: RegExp) => screen.getByLabelText<HTMLInputElement>(label);

/** Types into the field whose label matches, as a change event. */
export function type(label: RegExp, value: string): void {
  fireEvent.change(field(label), { target: { value } });
}

/** The message Mantine shows under a field (linked by aria-describedby). */
export function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((element) => element?.className.includes('error'))
    .map((element) => element?.textContent ?? '')
    .join(' ');
}
