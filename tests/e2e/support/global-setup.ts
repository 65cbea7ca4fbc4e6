import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { findChromium, MISSING_CHROMIUM_MESSAGE } from './chromium';

// E2E_PORT and E2E_DIST let several checkouts or builds run side by side.
export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? 4318);
const DIST = process.env.E2E_DIST ?? 'dist';
export const BASE_URL = `http://127.0.0.1:${PREVIEW_PORT}/`;

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Server pratinjau tidak menjawab di ${url} dalam ${timeoutMs} ms`);
}

/** Serves the production build on 127.0.0.1 for the run; stops it by pid. */
export default async function setup(project: TestProject): Promise<() => void> {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI) throw new Error(`${MISSING_CHROMIUM_MESSAGE} (CI wajib memasang Chromium)`);
    console.warn(`\n${MISSING_CHROMIUM_MESSAGE}\n`);
  }
  project.provide('chromiumPath', chromium ?? '');
  project.provide('baseUrl', BASE_URL);
  if (!chromium) return () => {};
  if (!existsSync(`${DIST}/index.html`))
    throw new Error(`${DIST}/ belum ada: jalankan \`npm run build:renderer\` dulu`);

  const server: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      `../${DIST}`,
      '--host',
      '127.0.0.1',
      '--port',
      String(PREVIEW_PORT),
      '--strictPort',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  server.stdout?.resume();
  await waitForServer(BASE_URL, 30_000);
  return () => {
    if (server.pid && server.exitCode === null) process.kill(server.pid, 'SIGTERM');
  };
}

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    chromiumPath: string;
    baseUrl: string;
  }
}
