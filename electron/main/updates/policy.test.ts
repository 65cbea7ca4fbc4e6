import { describe, expect, it, vi } from 'vitest';
import { isAllowedUpdateFeedUrl } from '@shared/ipc/contract';
import {
  checkRefusal,
  compareVersions,
  installRefusal,
  isWeeklyCheckDue,
  MEETING_OPEN_MESSAGE,
  NO_FEED_MESSAGE,
  NOT_PACKAGED_MESSAGE,
  OFFLINE_MESSAGE,
  parseUpdateSettings,
  WEEK_MS,
} from './policy';

vi.mock('electron', () => ({}));

const now = Date.UTC(2026, 11, 5, 9, 0);
const feedUrl = 'https://pembaruan.palangkaraya.go.id/dtks/';

describe('the update address', () => {
  it('takes https anywhere, http only on the office network', () => {
    expect(isAllowedUpdateFeedUrl(feedUrl)).toBe(true);
    expect(isAllowedUpdateFeedUrl('http://192.168.1.10:8080/dtks/')).toBe(true);
    expect(isAllowedUpdateFeedUrl('http://10.0.0.5/dtks')).toBe(true);
    expect(isAllowedUpdateFeedUrl('http://server-kota.local/dtks/')).toBe(true);
    expect(isAllowedUpdateFeedUrl('http://pembaruan.palangkaraya.go.id/dtks/')).toBe(false);
    expect(isAllowedUpdateFeedUrl('http://172.32.0.1/')).toBe(false);
    expect(isAllowedUpdateFeedUrl('file:///C:/pembaruan/')).toBe(false);
    expect(isAllowedUpdateFeedUrl('https://user:pw@pembaruan.go.id/')).toBe(false);
    expect(isAllowedUpdateFeedUrl('https://pembaruan.go.id/dtks?x=1')).toBe(false);
    expect(isAllowedUpdateFeedUrl('\\\\SERVER\\pembaruan')).toBe(false);
  });
});

describe('parseUpdateSettings', () => {
  it('reads what the app wrote; anything else means "not set up"', () => {
    expect(parseUpdateSettings(JSON.stringify({ feedUrl, lastCheckAt: now }))).toEqual({
      feedUrl,
      lastCheckAt: now,
    });
    const empty = { feedUrl: null, lastCheckAt: null };
    expect(parseUpdateSettings(null)).toEqual(empty);
    expect(parseUpdateSettings('{rusak')).toEqual(empty);
    expect(parseUpdateSettings(JSON.stringify({ feedUrl: 'http://evil.example/' }))).toEqual(empty);
  });
});

describe('the weekly check', () => {
  it('is due only with an address, a week after the last check', () => {
    expect(isWeeklyCheckDue({ feedUrl: null, lastCheckAt: null }, now)).toBe(false);
    expect(isWeeklyCheckDue({ feedUrl, lastCheckAt: null }, now)).toBe(true);
    expect(isWeeklyCheckDue({ feedUrl, lastCheckAt: now - WEEK_MS + 60_000 }, now)).toBe(false);
    expect(isWeeklyCheckDue({ feedUrl, lastCheckAt: now - WEEK_MS }, now)).toBe(true);
  });

  it('is due when the clock was set back past the last check', () => {
    expect(isWeeklyCheckDue({ feedUrl, lastCheckAt: now + 3_600_000 }, now)).toBe(true);
  });
});

describe('checkRefusal and installRefusal', () => {
  it('checks only when packaged, set up and online, and says why not', () => {
    expect(checkRefusal({ packaged: true, feedUrl, online: true })).toBeNull();
    expect(checkRefusal({ packaged: false, feedUrl, online: true })).toBe(NOT_PACKAGED_MESSAGE);
    expect(checkRefusal({ packaged: true, feedUrl: null, online: true })).toBe(NO_FEED_MESSAGE);
    expect(checkRefusal({ packaged: true, feedUrl, online: false })).toBe(OFFLINE_MESSAGE);
  });

  it('never installs during a meeting, and only what was downloaded', () => {
    expect(installRefusal({ downloaded: true, meetingOpen: false })).toBeNull();
    expect(installRefusal({ downloaded: true, meetingOpen: true })).toBe(MEETING_OPEN_MESSAGE);
    expect(installRefusal({ downloaded: false, meetingOpen: false })).toMatch(/Belum ada/);
  });
});

describe('compareVersions', () => {
  it('orders numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.3')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('v0.2.0', '0.10.0')).toBe(-1);
    expect(compareVersions('1.0.0-beta.1', '1.0.0')).toBe(0);
  });
});
