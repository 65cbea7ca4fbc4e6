import { PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';

type Props = PasswordInputProps & Omit<ComponentPropsWithoutRef<'input'>, keyof PasswordInputProps>;

/**
 * Mantine's PasswordInput, marked invalid while it shows an error: Mantine leaves
 * `aria-invalid` off its inner input, so screen readers were not told, and the
 * unsaved guard could not put the cursor in a wrong password after a failed save.
 */
export function PasswordField(props: Props) {
  return <PasswordInput aria-invalid={props.error ? true : undefined} {...props} />;
}
