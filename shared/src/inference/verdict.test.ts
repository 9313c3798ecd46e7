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

  it('returns null for a crop the model has no class for', () => {
    expect(judge([leaf([0.25, 0.25, 0.25, 0.25])], classes, 'peach', cropRule)).toBeNull();
  });
});
