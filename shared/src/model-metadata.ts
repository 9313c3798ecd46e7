import * as z from 'zod/mini';

const ModelFileSchema = z.object({
  path: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  bytes: z.int().check(z.positive()),
});

/** models/metadata.json: everything the app and scripts need to run a shipped model correctly. */
export const ModelMetadataSchema = z.object({
  name: z.string(),
  version: z.string(),
  inputName: z.string(),
  outputName: z.string(),
  inputSize: z.int().check(z.positive()),
  mean: z.tuple([z.number(), z.number(), z.number()]),
  std: z.tuple([z.number(), z.number(), z.number()]),
  /** Class ids in logit order. */
  classes: z.array(z.string()).check(z.minLength(2)),
  files: z.object({ int8: ModelFileSchema, fp32: ModelFileSchema }),
  /** Logits are divided by it before the softmax: the shown probability is then the chance of being right. */
  temperature: z.number().check(z.positive()),
  unsure: z.object({
    rule: z.string(),
    /** The top probability under which a leaf's result is "we can't tell". */
    minConfidence: z.number().check(z.gte(0), z.lte(1)),
    /** Which probabilities the threshold reads: after the crop filter (when a crop is picked) or all classes. */
    appliesTo: z.enum(['crop-filtered', 'all-classes']),
    /** With a crop picked, unsure unless that crop's classes hold at least this share of the unfiltered
     *  probability: the model must also believe the leaf is of the picked crop (absent: no such check). */
    minCropShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
    /** Several leaves of one plant: their log-probabilities summed and divided by n^leafEvidence (1, the
     *  default: their mean, which adds no evidence; 0.5: leaves that agree raise confidence). */
    leafEvidence: z.optional(z.number().check(z.gte(0), z.lte(1))),
  }),
  /** "Not a leaf": decided first, from a second output of the model, apart from the unsure rule. */
  notLeaf: z.object({
    rule: z.string(),
    /** The model output holding the photo's not-a-leaf score (log-odds: higher is less like a leaf). */
    output: z.string(),
    /** Above this score the photo is not a leaf. */
    maxScore: z.number(),
  }),
  /** A fixed input and the logits it gave at export: any backend must reproduce them before it is trusted. */
  selfTest: z.object({
    input: z.string(),
    logits: z.array(z.number()),
    tolerance: z.number().check(z.positive()),
  }),
  accuracy: z.record(z.string(), z.unknown()),
});
export type ModelMetadata = z.infer<typeof ModelMetadataSchema>;
