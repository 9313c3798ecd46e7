import { describe, expect, it } from 'vitest';
import { isCropCovered, leafTop1, summarize } from './summarize.ts';

const classes = [
  'Apple___Apple_scab',
  'Tomato___Early_blight',
  'Tomato___Late_blight',
  'Potato___Late_blight',
];

describe('summarize', () => {
  it('keeps only the named crop in the top 5 and renormalises', () => {
    const s = summarize([[0.5, 0.1, 0.3, 0.1]], classes, 'tomato', 0.4);
    expect(s?.top5.map((p) => p.classId)).toEqual(['Tomato___Late_blight', 'Tomato___Early_blight']);
    expect(s?.top5[0]?.confidence).toBeCloseTo(0.75);
    // "Unsure" is judged on the full distribution, where the best class has 0.5 ≥ 0.4.
    expect(s?.unsure).toBe(false);
    // The stored distribution is the unfiltered one, so the crop can change later.
    expect(s?.probabilities).toEqual([0.5, 0.1, 0.3, 0.1]);
  });

  it('considers every class when the farmer is not sure', () => {
    expect(summarize([[0.5, 0.1, 0.3, 0.1]], classes, null, 0.6)).toMatchObject({
      top5: [{ classId: 'Apple___Apple_scab' }, {}, {}, {}],
      unsure: true,
    });
  });

  it('returns null for a crop the model has no class for (peach) instead of guessing', () => {
    expect(summarize([[0.25, 0.25, 0.25, 0.25]], classes, 'peach', 0.4)).toBeNull();
    expect(isCropCovered('peach')).toBe(false);
    expect(isCropCovered('tomato')).toBe(true);
    expect(isCropCovered(null)).toBe(true);
  });

  it('combines leaves so two agreeing photos outweigh one unsure photo', () => {
    const s = summarize(
      [
        [0.05, 0.1, 0.8, 0.05],
        [0.05, 0.15, 0.75, 0.05],
        [0.05, 0.5, 0.4, 0.05],
      ],
      classes,
      'tomato',
      0.4,
    );
    expect(s?.top5[0]?.classId).toBe('Tomato___Late_blight');
    expect(leafTop1([0.05, 0.5, 0.4, 0.05], classes, 'tomato')?.classId).toBe('Tomato___Early_blight');
  });
});
