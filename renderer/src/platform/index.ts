import { createContext, useContext } from 'react';
import type { DesktopBridge } from '@shared/ipc/contract';
import { createBrowserApi } from './browser-api';
import type { DesktopApi } from './desktop-api';
import { createElectronApi } from './electron-api';

export type { DesktopApi, SaveResult } from './desktop-api';

declare global {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface Window {
    api?: DesktopBridge;
  }
}

/** Chosen once at start-up: the preload bridge when present, else the browser. */
export function detectDesktopApi(): DesktopApi {
  return window.api ? createElectronApi(window.api) : createBrowserApi();
}

export const DesktopApiContext = createContext<DesktopApi | null>(null);

export function useDesktopApi(): DesktopApi {
  const api = useContext(DesktopApiContext);
  if (!api) throw new Error('DesktopApiContext belum dipasang');
  return api;
}
