// PouchDB ships no types; the community ones declare a global `Buffer` that breaks Node's.
// The sync code types the part it uses in pouch-types.ts.
declare module 'pouchdb-browser' {
  // An ambient module cannot import a relative path: the inline type import is the only way.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const PouchDB: import('./pouch-types').PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-core' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const PouchDB: import('./pouch-types').PouchConstructor & {
    plugin(plugin: unknown): unknown;
    adapters: Record<string, unknown>;
  };
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
