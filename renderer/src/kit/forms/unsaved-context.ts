import { createContext } from 'react';
import type { UnsavedRegistry } from './unsaved-registry';

/** Null outside the app's router (component tests): forms then guard nothing. */
export const UnsavedRegistryContext = createContext<UnsavedRegistry | null>(null);
