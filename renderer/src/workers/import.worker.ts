/// <reference lib="webworker" />
import { createImportEngine } from './import-engine';
import type { ImportRequest } from './import-engine';

export type { ImportRequest, ImportResponse } from './import-engine';

const engine = createImportEngine((message, transfer) =>
  self.postMessage(message, { transfer: transfer ?? [] }),
);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void engine.handle(event.data);
};
