import Dexie, { type DBCoreKeyRange } from 'dexie';

/**
 * Steps for the DBCore middlewares that keep derived figures inside the writing transaction
 * (the Beranda summary, the Warga list's family facts). The middlewares below them read the
 * transaction from Dexie's zone, which the continuation of an `await` loses: every step is a
 * Dexie promise `then`, which runs its callback in the zone it was created in.
 */
export type P<T> = Promise<T>;

/** (Not exported as `then`: a module exporting `then` is a thenable when imported dynamically.) */
export function andThen<A, B>(promise: P<A>, next: (value: A) => B | P<B>): P<B> {
  return Dexie.Promise.resolve(promise).then(next) as unknown as P<B>;
}

export const all = <T>(promises: P<T>[]): P<T[]> =>
  Dexie.Promise.all(promises) as unknown as P<T[]>;

/** The key range holding exactly `key`. */
export const equal = (key: unknown): DBCoreKeyRange => ({ type: 1, lower: key, upper: key });

const noop = () => undefined;

/**
 * One queue per transaction: the mutations a middleware maintains run one after another,
 * each reading what the last one wrote. Each middleware keeps its own queues.
 */
export function transactionQueues(): <T>(trans: object, run: () => P<T>) => P<T> {
  const queues = new WeakMap<object, Promise<unknown>>();
  return <T>(trans: object, run: () => P<T>): P<T> => {
    const previous = queues.get(trans);
    const next = previous ? andThen(previous.then(noop, noop), run) : run();
    queues.set(trans, next.then(noop, noop));
    return next;
  };
}
