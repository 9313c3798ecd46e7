import { z } from 'zod';

/** Advice for one class in one language. Plain words a farmer can act on. */
export const RecommendationSchema = z.object({
  /** Display name of the disease (or "Healthy"). */
  name: z.string().min(1),
  /** What it is and what causes it. */
  about: z.string().min(20),
  symptoms: z.array(z.string().min(5)).min(2),
  treatment: z.array(z.string().min(5)).min(1),
  prevention: z.array(z.string().min(5)).min(2),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

/** One language's advice: every class id of the catalogue, plus crop names. */
export interface LanguageAdvice {
  crops: Record<string, string>;
  classes: Record<string, Recommendation>;
}
