import { describe, expect, it } from 'vitest';
import { judge } from './verdict.ts';

const classes = [
  'Apple___Apple_scab',
  'Tomato___Early_blight',
  'Tomato___Late_blight',
  'Potato___Late_blight',
];
const cropRule = { minConfidence: 0.7, appliesTo: 'crop-filtered' } as const;
const leaf = (probabilities: number[]) => ({ probabilities, isLeaf: true });

describe('judge', () => {
  it('is confident when the crop-filtered top probability reaches the threshold', () => {
    const j = judge([leaf([0.5, 0.1, 0.3, 0.1])], classes, 'tomato', cropRule);
    expect(j?.verdict).toBe('confident');
    expect(j?.top5.map((p) => p.classId)).toEqual(['Tomato___Late_blight', 'Tomato___Early_blight']);
    expect(j?.top5[0]?.confidence).toBeCloseTo(0.75);
    // The stored distribution is the unfiltered one, so the crop can change later.
    expect(j?.probabilities).toEqual([0.5, 0.1, 0.3, 0.1]);
  });

  it('is unsure below the threshold, and reads all classes when the rule says so', () => {
    expect(judge([leaf([0.1, 0.3, 0.4, 0.2])], classes, 'tomato', cropRule)?.verdict).toBe('unsure');
    const allClasses = { minConfidence: 0.6, appliesTo: 'all-classes' } as const;
    expect(judge([leaf([0.5, 0.1, 0.3, 0.1])], classes, 'tomato', allClasses)?.verdict).toBe('unsure');
  });

  it('calls it not a leaf only when no photo is a leaf, and leaves non-leaves out of the answer', () => {
    const dog = { probabilities: [0.97, 0.01, 0.01, 0.01], isLeaf: false };
    expect(judge([dog], classes, null, cropRule)?.verdict).toBe('notLeaf');
    const withLeaf = judge([dog, leaf([0.02, 0.08, 0.85, 0.05])], classes, null, cropRule);
    expect(withLeaf).toMatchObject({
      verdict: 'confident',
      top5: [{ classId: 'Tomato___Late_blight' }, {}, {}, {}],
    });
  });

  it('combines the leaves: a clear leaf carries a vague one of the same plant', () => {
    const vague = leaf([0.05, 0.3, 0.6, 0.05]);
    const clear = leaf([0.02, 0.08, 0.85, 0.05]);
    expect(judge([vague], classes, 'tomato', cropRule)?.verdict).toBe('unsure');
    expect(judge([vague, clear], classes, 'tomato', cropRule)).toMatchObject({
      verdict: 'confident',
      top5: [{ classId: 'Tomato___Late_blight' }, {}],
    });
  });

  it('is unsure and names the likely crop when the leaf does not look like the picked crop', () => {
    const guarded = { ...cropRule, minCropShare: 0.1 };
    // A tomato leaf entered as potato: potato holds 4 % of the probability, yet is 100 % after the crop filter.
    const tomatoLeaf = leaf([0.01, 0.15, 0.8, 0.04]);
    expect(judge([tomatoLeaf], classes, 'potato', cropRule)?.verdict).toBe('confident');
    expect(judge([tomatoLeaf], classes, 'potato', guarded)).toMatchObject({
      verdict: 'unsure',
      likelyCrop: 'tomato',
      top5: [{ classId: 'Potato___Late_blight', confidence: 1 }],
    });
    // Under the right crop, or with no crop picked, the check changes nothing.
    expect(judge([tomatoLeaf], classes, 'tomato', guarded)).toMatchObject({
      verdict: 'confident',
      likelyCrop: null,
    });
    expect(judge([tomatoLeaf], classes, null, guarded)?.likelyCrop).toBeNull();
    // A real leaf under a wrong crop is still a leaf: never "not a leaf" because of the crop.
    expect(judge([tomatoLeaf], classes, 'apple', guarded)?.verdict).toBe('unsure');
  });

  it('returns null for a crop the model has no class for', () => {
    expect(judge([leaf([0.25, 0.25, 0.25, 0.25])], classes, 'peach', cropRule)).toBeNull();
  });
});
