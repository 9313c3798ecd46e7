import { describe, expect, it } from 'vitest';
import { DISEASE_CLASSES } from '../classes.ts';
import { combineLeaves, cropFilter, isUnsure, softmax, topK } from './postprocess.ts';

const classes = [
  'Apple___Apple_scab',
  'Apple___healthy',
  'Tomato___Late_blight',
  'Tomato___healthy',
  'Corn_(maize)___healthy',
];

describe('softmax', () => {
  it('sums to 1, keeps order and survives huge logits', () => {
    const p = softmax(Float32Array.from([1000, 999, -1000]));
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
    expect(p[2]).toBe(0);
  });
});

describe('topK', () => {
  it('returns the k best, best first, ties in logit order', () => {
    const top = topK([0.1, 0.3, 0.3, 0.2, 0.1], classes, 3);
    expect(top).toEqual([
      { classId: 'Apple___healthy', confidence: 0.3 },
      { classId: 'Tomato___Late_blight', confidence: 0.3 },
      { classId: 'Tomato___healthy', confidence: 0.2 },
    ]);
  });

  it('defaults to 5 and leaves out classes ruled out by the crop filter', () => {
    expect(topK([0.2, 0.2, 0.2, 0.2, 0.2], classes)).toHaveLength(5);
    expect(topK([0, 0, 0.75, 0.25, 0], classes).map((p) => p.classId)).toEqual([
      'Tomato___Late_blight',
      'Tomato___healthy',
    ]);
  });

  it('rejects mismatched lengths', () => {
    expect(() => topK([1], classes)).toThrow(RangeError);
  });
});

describe('cropFilter', () => {
  const p = [0.1, 0.1, 0.4, 0.2, 0.2];

  it('renormalises over the chosen crop and zeroes the rest', () => {
    const tomato = cropFilter(p, classes, 'tomato');
    expect(tomato?.[2]).toBeCloseTo(2 / 3);
    expect(tomato?.[3]).toBeCloseTo(1 / 3);
    expect(tomato?.filter((v, i) => i !== 2 && i !== 3)).toEqual([0, 0, 0]);
  });

  it('returns an unchanged copy for no crop', () => {
    const same = cropFilter(p, classes, null);
    expect(same).toEqual(p);
    expect(same).not.toBe(p);
  });

  it('returns null for a crop the model has no class for', () => {
    expect(cropFilter(p, classes, 'grape')).toBeNull();
    expect(cropFilter(p, classes, 'peach')).toBeNull();
  });

  it('spreads evenly when every class of the crop underflowed to 0', () => {
    expect(cropFilter([1, 0, 0, 0, 0], classes, 'tomato')).toEqual([0, 0, 0.5, 0.5, 0]);
  });

  it('knows the crop of every catalogue class', () => {
    const ids = DISEASE_CLASSES.map((d) => d.id);
    const probs = ids.map(() => 1 / ids.length);
    const corn = cropFilter(probs, ids, 'corn');
    expect(corn?.filter((v) => v > 0)).toHaveLength(4);
  });
});

describe('isUnsure', () => {
  it('fires only when the top probability is under the threshold', () => {
    const all = { minConfidence: 0.6, appliesTo: 'all-classes' } as const;
    expect(isUnsure([0.5, 0.3, 0.2], [0.5, 0.3, 0.2], all)).toBe(true);
    expect(isUnsure([0.6, 0.3, 0.1], [0.6, 0.3, 0.1], all)).toBe(false);
    const filtered = { minConfidence: 0.6, appliesTo: 'crop-filtered' } as const;
    expect(isUnsure([0.5, 0.3, 0.2], [0.625, 0.375, 0], filtered)).toBe(false);
  });
});

describe('combineLeaves', () => {
  it('is the identity for one photo', () => {
    expect(combineLeaves([[0.7, 0.3]])).toEqual([0.7, 0.3]);
  });

  it('is the normalised geometric mean of the photos', () => {
    const combined = combineLeaves([
      [0.9, 0.05, 0.05],
      [0.4, 0.5, 0.1],
    ]);
    const g = [Math.sqrt(0.9 * 0.4), Math.sqrt(0.05 * 0.5), Math.sqrt(0.05 * 0.1)];
    const sum = g.reduce((a, b) => a + b);
    g.forEach((v, i) => expect(combined[i]).toBeCloseTo(v / sum, 12));
  });

  it('lets one confident photo outweigh a vague one', () => {
    const [a] = combineLeaves([
      [0.98, 0.02],
      [0.45, 0.55],
    ]);
    expect(a).toBeGreaterThan(0.8);
  });

  it('with evidence 0.5, leaves that agree raise confidence and leaves that disagree lower it', () => {
    // Common rust at 98 % and a second rust leaf at 71 %: their mean falls below the surer leaf.
    const rust = [0.98, 0.01, 0.01];
    const secondRust = [0.71, 0.2, 0.09];
    const [mean = 0] = combineLeaves([rust, secondRust]);
    const [added = 0] = combineLeaves([rust, secondRust], 0.5);
    expect(mean).toBeLessThan(0.92);
    expect(added).toBeGreaterThan(0.97);
    // One leaf says rust, the other blight, both sure: neither wins.
    const [rustShare] = combineLeaves(
      [
        [0.9, 0.05, 0.05],
        [0.05, 0.9, 0.05],
      ],
      0.5,
    );
    expect(rustShare).toBeLessThan(0.6);
    // For one photo the rule changes nothing.
    expect(combineLeaves([[0.7, 0.3]], 0.5)).toEqual([0.7, 0.3]);
  });

  it('keeps crop-filtered zeros at zero and rejects bad input', () => {
    expect(
      combineLeaves([
        [0, 0.5, 0.5],
        [0, 0.2, 0.8],
      ])[0],
    ).toBe(0);
    expect(() => combineLeaves([])).toThrow(RangeError);
    expect(() => combineLeaves([[1, 0], [1]])).toThrow(RangeError);
    expect(() =>
      combineLeaves([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });
});
