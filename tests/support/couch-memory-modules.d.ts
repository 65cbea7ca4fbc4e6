// express-pouchdb and the PouchDB packages ship no types; the test server uses a few calls.
declare module 'express-pouchdb';
declare module 'pouchdb-core';
declare module 'pouchdb-adapter-memory';
declare module 'pouchdb-adapter-http';
declare module 'pouchdb-replication';
declare module 'pouchdb-mapreduce';
declare module 'express';
