// Every key of the plan format has a Vietnamese description (editors show it on hover).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { planSchema } from '../../../src/plan/schema/plan-schema.js';
import { describeAt, keysAt } from '../../../src/plan/schema-walk.js';

function allPaths(path: (string | number)[], seen = new Set<string>()): (string | number)[][] {
  const keys = keysAt(planSchema as z.ZodType, path);
  return keys.flatMap((k) => {
    const p = [...path, k];
    const id = p.filter((x) => typeof x === 'string').join('.');
    if (seen.has(id) || p.length > 12) return [];
    seen.add(id);
    return [p, ...allPaths(p, seen), ...allPaths([...p, 0], seen)];
  });
}

describe('plan schema', () => {
  const paths = allPaths([]);

  it('has many keys to describe', () => expect(paths.length).toBeGreaterThan(40));

  it.each(paths.map((p) => [p.join('.'), p] as const))('describes %s in Vietnamese', (_name, path) => {
    const description = describeAt(planSchema as z.ZodType, path);
    expect(description).toBeTruthy();
    expect(description).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i);
  });
});
