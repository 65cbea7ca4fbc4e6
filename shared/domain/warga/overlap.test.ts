import { describe, expect, it } from 'vitest';
import type { AidReceived } from '../core/entities';
import { checkAidOverlap, hasExistingOverlap } from './overlap';

const aid = (programme: AidReceived['programme'], level: AidReceived['level']): AidReceived => ({
  id: `${programme}-${level}`,
  familyId: 'f',
  programme,
  level,
  since: '2024-01-01',
  createdAt: '2024-01-01T00:00:00Z',
});

describe('checkAidOverlap', () => {
  it('flags a family on PKH proposed for regional aid, naming the programme', () => {
    const flag = checkAidOverlap([aid('PKH', 'pusat')], 'Bansos Daerah');
    expect(flag.overlapping).toBe(true);
    if (flag.overlapping) expect(flag.reason).toContain('PKH');
  });

  it('does not flag central proposals, or families with only regional aid', () => {
    expect(checkAidOverlap([aid('PKH', 'pusat')], 'PBI-JK').overlapping).toBe(false);
    expect(checkAidOverlap([aid('Bansos Daerah', 'kota')], 'Bansos Daerah').overlapping).toBe(
      false,
    );
    expect(checkAidOverlap([], 'Bansos Daerah').overlapping).toBe(false);
  });

  it('treats BPNT as central even when its level was entered wrongly', () => {
    expect(checkAidOverlap([aid('BPNT/Sembako', 'kota')], 'Bansos Daerah').overlapping).toBe(true);
  });

  it('detects a family already receiving both', () => {
    expect(hasExistingOverlap([aid('PKH', 'pusat'), aid('Bansos Daerah', 'kota')])).toBe(true);
    expect(hasExistingOverlap([aid('PKH', 'pusat')])).toBe(false);
  });
});
