/** Where the office's CouchDB database lives, and who this PC signs in as. */
export type CouchEndpoint = { url: string; database: string; username: string; password: string };
