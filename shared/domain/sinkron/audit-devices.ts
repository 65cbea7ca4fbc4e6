import {
  GENESIS_HASH,
  checkNext,
  hashDeviceEntry,
  linkTo,
  startChain,
} from '../keamanan/audit-chain';
import type { ChainProblem, ChainState, ChainedEntry } from '../keamanan/audit-chain';

/**
 * One audit chain per PC (issue 18.3). Several PCs of one office write into one
 * replicated log, so one chain over the local `seq` cannot hold: each PC numbers
 * and links its own entries. An entry made by a PC carries
 *
 * - `deviceId`: the PC's stable id (made once per installation, kept locally),
 * - `deviceSeq`: 1, 2, 3… within that PC's entries,
 * - `prevHash`: the hash of the same PC's previous entry.
 *
 * Its hash covers everything except the hash itself and the local `seq`: `seq` is
 * only the order in which entries reached this table (a unique index), so another
 * PC storing the entry gives it its own `seq` without breaking the hash.
 *
 * Entries without `deviceId` were written before sync existed, on this PC only:
 * they form the "legacy" chain, checked exactly as before (by `seq`). The first
 * entry of this PC's own chain continues it: its prevHash is the hash of the last
 * legacy entry, so a log cut between the two is seen.
 */

export type DeviceEntry = ChainedEntry & { deviceId?: string; deviceSeq?: number };

/** Hashed beside the legacy entries' hash (the audit append needs it at start-up). */
export { hashDeviceEntry };

/**
 * A readable name for a device in messages: its PC name ("Nama PC ini", as that PC named
 * itself) when known, else the start of its id.
 */
export function deviceLabel(deviceId: string | null, ownDeviceId?: string, name?: string): string {
  if (deviceId === null) return 'log lama PC ini (sebelum ada ID perangkat)';
  const short = deviceId.slice(0, 8);
  if (deviceId === ownDeviceId) return name ? `PC ini (${name})` : `PC ini (perangkat ${short})`;
  return name ? `PC ${name}` : `perangkat ${short}`;
}

export type DeviceChainProblem = ChainProblem & {
  /** The device whose chain breaks; null for the legacy (pre-sync) chain. */
  deviceId: string | null;
  /** The message without the chain's name (which {@link finishDeviceChains} may rename). */
  detail?: string;
};

type Link = { seq: number; id: string; deviceSeq: number; prevHash?: string; hash?: string };

type DeviceChain = {
  checked: number;
  lastDeviceSeq: number;
  lastHash: string;
  /** prevHash of the device's first entry: GENESIS, or the tail of its legacy log. */
  firstPrevHash?: string;
  first?: { seq: number; id: string };
  /** Entries that arrived before their predecessor (replication order is not the device's). */
  waiting: Map<number, Link>;
};

export type DevicesChainState = {
  checked: number;
  legacy: ChainState;
  devices: Map<string, DeviceChain>;
  problem: DeviceChainProblem | null;
  ownDeviceId?: string;
};

export function startDeviceChains(ownDeviceId?: string): DevicesChainState {
  return { checked: 0, legacy: startChain(), devices: new Map(), problem: null, ownDeviceId };
}

function fail(
  state: DevicesChainState,
  deviceId: string | null,
  problem: ChainProblem,
): DevicesChainState {
  const where = deviceLabel(deviceId, state.ownDeviceId);
  return {
    ...state,
    problem: {
      ...problem,
      deviceId,
      detail: problem.message,
      message: `Rantai ${where}: ${problem.message}`,
    },
  };
}

/** Checks one link whose predecessor in the device's chain has been checked. */
function linkProblem(chain: DeviceChain, link: Link): ChainProblem | null {
  const at = { seq: link.seq, id: link.id };
  if (link.hash === undefined) {
    return {
      ...at,
      kind: 'tanpa-hash',
      message: `Catatan #${link.seq} (nomor perangkat ${link.deviceSeq}) tidak memiliki hash.`,
    };
  }
  if (chain.lastDeviceSeq > 0 && link.prevHash !== chain.lastHash) {
    return {
      ...at,
      kind: 'rantai-putus',
      message: `Catatan nomor perangkat ${link.deviceSeq} (#${link.seq}) tidak tersambung ke catatan nomor perangkat ${chain.lastDeviceSeq}: catatan sebelumnya diubah, dihapus atau disisipi.`,
    };
  }
  return null;
}

/**
 * Feeds the next entry (in local seq order) to the check. Entries without deviceId
 * go to the legacy chain, unchanged from before; a device's entries may arrive out of
 * their device order (replication) and wait until their predecessor is seen.
 */
export function checkNextDevice(state: DevicesChainState, entry: DeviceEntry): DevicesChainState {
  if (state.problem) return state;
  const deviceId = entry.deviceId;
  if (deviceId === undefined) {
    const legacy = checkNext(state.legacy, entry);
    if (legacy.problem) return fail(state, null, legacy.problem);
    return { ...state, legacy, checked: state.checked + 1 };
  }
  const id = String(entry.id ?? '');
  const deviceSeq = entry.deviceSeq;
  if (typeof deviceSeq !== 'number' || !Number.isInteger(deviceSeq) || deviceSeq < 1) {
    return fail(state, deviceId, {
      seq: entry.seq,
      id,
      kind: 'nomor-urut',
      message: `Catatan #${entry.seq} tidak memiliki nomor urut perangkat yang sah.`,
    });
  }
  if (entry.hash !== undefined && hashDeviceEntry(entry) !== entry.hash) {
    return fail(state, deviceId, {
      seq: entry.seq,
      id,
      kind: 'isi-berubah',
      message: `Isi catatan #${entry.seq} (nomor perangkat ${deviceSeq}) diubah sesudah ditulis.`,
    });
  }
  const devices = new Map(state.devices);
  const previous = devices.get(deviceId);
  const chain: DeviceChain = previous
    ? { ...previous, waiting: new Map(previous.waiting) }
    : { checked: 0, lastDeviceSeq: 0, lastHash: GENESIS_HASH, waiting: new Map() };
  if (deviceSeq <= chain.lastDeviceSeq || chain.waiting.has(deviceSeq)) {
    return fail(state, deviceId, {
      seq: entry.seq,
      id,
      kind: 'nomor-urut',
      message: `Nomor urut perangkat ${deviceSeq} muncul dua kali (catatan #${entry.seq}): ada catatan yang disisipkan.`,
    });
  }
  chain.waiting.set(deviceSeq, {
    seq: entry.seq,
    id,
    deviceSeq,
    prevHash: entry.prevHash,
    hash: entry.hash,
  });
  let checked = state.checked;
  for (let next = chain.waiting.get(chain.lastDeviceSeq + 1); next;) {
    const problem = linkProblem(chain, next);
    if (problem) return fail(state, deviceId, problem);
    if (chain.lastDeviceSeq === 0) {
      chain.firstPrevHash = next.prevHash;
      chain.first = { seq: next.seq, id: next.id };
    }
    chain.waiting.delete(next.deviceSeq);
    chain.lastDeviceSeq = next.deviceSeq;
    chain.lastHash = next.hash ?? '';
    chain.checked += 1;
    checked += 1;
    next = chain.waiting.get(chain.lastDeviceSeq + 1);
  }
  devices.set(deviceId, chain);
  return { ...state, devices, checked };
}

export type DeviceChainSummary = {
  deviceId: string | null;
  label: string;
  own: boolean;
  checked: number;
  /** The device's first entry continues an older log that is not in this table (another PC's legacy log). */
  continuesElsewhere: boolean;
};

/**
 * Ends the check: an entry still waiting means its predecessor is missing; this PC's
 * first entry must continue its own legacy log (or start the chain when there is none).
 */
export function finishDeviceChains(
  state: DevicesChainState,
  /** The PCs' names by device id (see deviceLabel), when the caller knows them. */
  names?: ReadonlyMap<string, string>,
): {
  problem: DeviceChainProblem | null;
  devices: DeviceChainSummary[];
  checked: number;
  legacy: number;
} {
  const nameOf = (deviceId: string | null) =>
    deviceId === null ? undefined : names?.get(deviceId);
  let problem: DeviceChainProblem | null =
    state.problem?.detail !== undefined && nameOf(state.problem.deviceId)
      ? {
          ...state.problem,
          message: `Rantai ${deviceLabel(state.problem.deviceId, state.ownDeviceId, nameOf(state.problem.deviceId))}: ${state.problem.detail}`,
        }
      : state.problem;
  const summaries: DeviceChainSummary[] = [];
  if (state.legacy.checked > 0) {
    summaries.push({
      deviceId: null,
      label: deviceLabel(null),
      own: true,
      checked: state.legacy.checked,
      continuesElsewhere: false,
    });
  }
  for (const [deviceId, chain] of state.devices) {
    const own = deviceId === state.ownDeviceId;
    const label = deviceLabel(deviceId, state.ownDeviceId, nameOf(deviceId));
    const firstWaiting = [...chain.waiting.values()].sort((a, b) => a.deviceSeq - b.deviceSeq)[0];
    if (!problem && firstWaiting) {
      problem = {
        seq: firstWaiting.seq,
        id: firstWaiting.id,
        deviceId,
        kind: 'nomor-urut',
        message: `Rantai ${label}: catatan nomor perangkat ${chain.lastDeviceSeq + 1} tidak ada, padahal catatan nomor perangkat ${firstWaiting.deviceSeq} (#${firstWaiting.seq}) ada: ada catatan yang hilang atau dihapus.`,
      };
    }
    const startsFresh = chain.firstPrevHash === undefined || chain.firstPrevHash === GENESIS_HASH;
    if (!problem && own) {
      const legacyTail = state.legacy.previous;
      const expected = legacyTail ? linkTo(legacyTail) : GENESIS_HASH;
      if (chain.checked > 0 && chain.firstPrevHash !== expected) {
        problem = {
          seq: chain.first?.seq ?? 0,
          id: chain.first?.id ?? '',
          deviceId,
          kind: 'rantai-putus',
          message: legacyTail
            ? `Rantai ${label}: catatan pertama PC ini tidak menyambung ke catatan terakhir log lama (#${legacyTail.seq}): log lama dipotong atau disisipi.`
            : `Rantai ${label}: catatan pertama PC ini menyambung ke log lama yang tidak ada lagi: catatan lama dihapus.`,
        };
      }
    }
    summaries.push({
      deviceId,
      label,
      own,
      checked: chain.checked,
      continuesElsewhere: !own && !startsFresh,
    });
  }
  return { problem, devices: summaries, checked: state.checked, legacy: state.legacy.legacy };
}

/** Checks a whole log at once (a backup's rows, tests), in local seq order. */
export function checkDeviceChains(entries: readonly DeviceEntry[], ownDeviceId?: string) {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  return finishDeviceChains(sorted.reduce(checkNextDevice, startDeviceChains(ownDeviceId)));
}
