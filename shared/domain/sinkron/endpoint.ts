// The shape agreed with h18a (sync engine), kept identical in both branches.
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions
export interface CouchEndpoint {
  url: string;
  database: string;
  username: string;
  password: string;
}
