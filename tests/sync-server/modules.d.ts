// express-pouchdb has no published types: it is called once, as an Express sub-app.
declare module 'express-pouchdb' {
  import type { Express } from 'express';
  function expressPouchDb(
    pouch: unknown,
    options?: { mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom'; inMemoryConfig?: boolean },
  ): Express;
  export default expressPouchDb;
}
