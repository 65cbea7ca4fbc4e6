import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TanggalInput } from './TanggalInput';

afterEach(cleanup);

/** A form's state as the callers keep it: the ISO value from `e.currentTarget.value`. */
function Harness({ initial = '', max }: { initial?: string; max?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <MantineProvider>
      <TanggalInput
        label="Tanggal lahir"
        value={value}
        max={max}
        onChange={(e) => setValue(e.currentTarget.value)}
      />
      <output data-testid="stored">{value}</output>
      <button type="button" onClick={() => setValue('1990-07-01')}>
        Isi dari NIK
      </button>
    </MantineProvider>
  );
}

const input = () => screen.getByLabelText('Tanggal lahir') as HTMLInputElement;
const stored = () => screen.getByTestId('stored').textContent;

describe('TanggalInput', () => {
  it('shows a stored ISO date day first and hands back ISO', () => {
    render(<Harness initial="1980-03-12" />);
    expect(input().value).toBe('12-03-1980');
    fireEvent.change(input(), { target: { value: '3-12-1980' } });
    expect(stored()).toBe('1980-12-03');
    fireEvent.blur(input());
    expect(input().value).toBe('03-12-1980');
  });

  it('refuses an impossible date after the field is left, and never keeps the old one', () => {
    render(<Harness initial="1980-03-12" />);
    fireEvent.change(input(), { target: { value: '31-02-2024' } });
    // The form holds the raw text, which its own check refuses: the old date is not saved unseen.
    expect(stored()).toBe('31-02-2024');
    expect(screen.queryByText(/tidak ada/)).toBeNull();
    fireEvent.blur(input());
    screen.getByText('Tanggal 31 Februari 2024 tidak ada: bulan itu hanya sampai tanggal 29.');
    expect(input()).toHaveProperty('ariaInvalid', 'true');
  });

  it('refuses a date after the maximum', () => {
    render(<Harness max="2026-12-05" />);
    fireEvent.change(input(), { target: { value: '06-12-2026' } });
    fireEvent.blur(input());
    screen.getByText('Tanggal tidak boleh setelah 5 Desember 2026.');
  });

  it('follows a value set from outside, and empties to an empty value', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Isi dari NIK' }));
    expect(input().value).toBe('01-07-1990');
    fireEvent.change(input(), { target: { value: '' } });
    expect(stored()).toBe('');
  });
});
