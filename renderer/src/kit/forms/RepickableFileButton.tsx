import { FileButton } from '@mantine/core';
import type { FileButtonProps } from '@mantine/core';
import { useRef } from 'react';

/**
 * Mantine's FileButton, cleared after every pick. A file input that keeps its value
 * ignores the same file picked again, so a clerk who corrected a file and saved it
 * under the same name, or cancelled and picks it again, would see nothing happen.
 * The File handed to `onChange` stays readable after the input is cleared.
 */
export function RepickableFileButton<Multiple extends boolean = false>(
  props: Omit<FileButtonProps<Multiple>, 'resetRef'>,
) {
  const reset = useRef<() => void>(null);
  const { onChange } = props;
  return (
    <FileButton<Multiple>
      {...props}
      resetRef={reset}
      onChange={(payload) => {
        onChange(payload);
        reset.current?.();
      }}
    />
  );
}
