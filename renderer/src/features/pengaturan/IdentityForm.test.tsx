import { MantineProvider } from '@mantine/core';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_IDENTITY, IdentityForm } from './IdentityForm';

afterEach(cleanup);

describe('first-run identity form', () => {
  it('shows examples that cannot be taken for typed values', () => {
    const { container } = render(
      <MantineProvider>
        <IdentityForm
          initial={EMPTY_IDENTITY}
          submitLabel="Simpan dan mulai"
          onSubmit={async () => {}}
        />
      </MantineProvider>,
    );
    const placeholders = [...container.querySelectorAll('input[placeholder]')].map(
      (input) => input.getAttribute('placeholder') ?? '',
    );
    expect(placeholders.length).toBeGreaterThan(5);
    for (const text of placeholders) expect(text).toMatch(/^contoh: /);
  });
});
