import { ActionIcon, Popover, TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import 'dayjs/locale/id';
import { useState } from 'react';
import { formatTanggal, formatTanggalKetik, parseTanggal } from '@shared/domain/core/tanggal';

/**
 * The shape of a text field's change event that callers already read
 * (`e.currentTarget.value`), so a native `type="date"` field swaps for this one by name.
 */
type ValueEvent = { currentTarget: { value: string } };

type Props = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'max' | 'min'> & {
  /** ISO `YYYY-MM-DD`, or '' when empty. */
  value: string;
  /**
   * Called with ISO `YYYY-MM-DD` once the typed text is a real date, '' when cleared, and
   * the raw text while it is not a date: the form's own check then refuses to save it
   * instead of keeping the previous date unseen.
   */
  onChange: (event: ValueEvent) => void;
  max?: string;
  min?: string;
};

const emit = (value: string): ValueEvent => ({ currentTarget: { value } });

function CalendarIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" fill="none">
      <rect x="3" y="5" width="18" height="16" rx="2" stroke="currentColor" strokeWidth="2" />
      <path d="M3 10h18M8 3v4M16 3v4" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/**
 * A date typed day first (12-03-1980) with a calendar beside it, Indonesian month names,
 * whatever the computer's language. Replaces the browser's date field, which shows
 * 03/12/1980 on an English-language PC.
 */
export function TanggalInput({ value, onChange, max, min, error, onBlur, ...rest }: Props) {
  const [text, setText] = useState(() => formatTanggalKetik(value));
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);

  // Follow a value set from outside (a NIK that fills the birth date, a reset form).
  const parsed = parseTanggal(text);
  const textValue = text.trim() === '' ? '' : parsed.ok ? parsed.iso : text;
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== textValue) setText(formatTanggalKetik(value));
  }

  const refusal = (() => {
    if (text.trim() === '') return undefined;
    if (!parsed.ok) return parsed.reason;
    if (max && parsed.iso > max) return `Tanggal tidak boleh setelah ${formatTanggal(max)}.`;
    if (min && parsed.iso < min) return `Tanggal tidak boleh sebelum ${formatTanggal(min)}.`;
    return undefined;
  })();

  const change = (next: string) => {
    setText(next);
    const result = parseTanggal(next);
    const iso = next.trim() === '' ? '' : result.ok ? result.iso : next;
    setSeen(iso);
    onChange(emit(iso));
  };

  const calendarValue = parsed.ok ? parsed.iso : null;

  return (
    <TextInput
      {...rest}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      placeholder={rest.placeholder ?? 'HH-BB-TTTT'}
      error={(touched && refusal) || error}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={(event) => {
        setTouched(true);
        // Tidy a good date to the one written form: 1-3-1980 becomes 01-03-1980.
        if (parsed.ok) setText(formatTanggalKetik(parsed.iso));
        onBlur?.(event);
      }}
      rightSection={
        <Popover opened={open} onChange={setOpen} position="bottom-end" withinPortal shadow="md">
          <Popover.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              // Typing is the fast way; the calendar is for the mouse, out of the Tab order.
              tabIndex={-1}
              aria-label="Pilih dari kalender"
              onClick={() => setOpen((o) => !o)}
            >
              <CalendarIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              locale="id"
              value={calendarValue}
              defaultDate={calendarValue ?? max ?? undefined}
              maxDate={max}
              minDate={min}
              onChange={(picked) => {
                if (!picked) return;
                change(formatTanggalKetik(picked));
                setTouched(true);
                setOpen(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
}
