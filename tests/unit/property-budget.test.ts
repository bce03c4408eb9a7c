import { describe, expect, it } from 'vitest';
import { PROPERTY_BUDGET } from './property-runs';

describe('property tests', () => {
  it('run at least 10,000 cases in one CI run (recipe schema, step engine, finder, import rules, click guard)', () => {
    const total = Object.values(PROPERTY_BUDGET).reduce((sum, cases) => sum + cases, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
