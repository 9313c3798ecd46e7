import { describe, expect, it } from 'vitest';
import { isCropCovered, leafAnswers, readingOf, summarize } from './summarize.ts';

const classes = [
  'Apple___Apple_scab',
  'Tomato___Early_blight',
  'Tomato___Late_blight',
  'Potato___Late_blight',
];
const rule = { minConfidence: 0.7, appliesTo: 'crop-filtered' } as const;

describe('summarize', () => {
  it('marks every verdict but confident as unsure, for apps older than the verdict', () => {
    expect(
      summarize([readingOf({ probabilities: [0.5, 0.1, 0.3, 0.1] })], classes, 'tomato', rule),
    ).toMatchObject({
      verdict: 'confident',
      unsure: false,
    });
    const notLeaf = readingOf({ probabilities: [0.5, 0.1, 0.3, 0.1], isLeaf: false });
    expect(summarize([notLeaf], classes, 'tomato', rule)).toMatchObject({ verdict: 'notLeaf', unsure: true });
  });

  it('returns null for a crop the model has no class for (peach) instead of guessing', () => {
    expect(
      summarize([readingOf({ probabilities: [0.25, 0.25, 0.25, 0.25] })], classes, 'peach', rule),
    ).toBeNull();
    expect(isCropCovered('peach')).toBe(false);
    expect(isCropCovered('tomato')).toBe(true);
    expect(isCropCovered(null)).toBe(true);
  });

  it("lists each leaf's own best class under the crop filter, and no class for a photo that is not a leaf", () => {
    const photos = [
      { probabilities: [0.05, 0.5, 0.4, 0.05], isLeaf: true },
      { probabilities: [0.05, 0.5, 0.4, 0.05], isLeaf: false },
    ];
    const answers = leafAnswers(photos, classes, 'tomato');
    expect(answers.map((a) => a?.classId ?? null)).toEqual(['Tomato___Early_blight', null]);
    expect(summarize(photos, classes, 'tomato', rule)?.leaves).toEqual(answers);
  });
});
