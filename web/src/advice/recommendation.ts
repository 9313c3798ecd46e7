import * as z from 'zod/mini';

/** Advice for one class in one language. Plain words a farmer can act on. */
export const RecommendationSchema = z.object({
  /** Display name of the disease (or "Healthy"). */
  name: z.string().check(z.minLength(1)),
  /** What it is and what causes it. */
  about: z.string().check(z.minLength(20)),
  symptoms: z.array(z.string().check(z.minLength(5))).check(z.minLength(2)),
  treatment: z.array(z.string().check(z.minLength(5))).check(z.minLength(1)),
  prevention: z.array(z.string().check(z.minLength(5))).check(z.minLength(2)),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** One language's advice: every class id of the catalogue, plus crop names. */
export interface LanguageAdvice {
  crops: Record<string, string>;
  classes: Record<string, Recommendation>;
}
