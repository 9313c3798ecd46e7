import * as z from 'zod/mini';

/** Crops in the catalogue. `covered` is false where the offline model has no training images. */
export const CROPS = [
  { id: 'apple', covered: true },
  { id: 'blueberry', covered: true },
  { id: 'cherry', covered: true },
  { id: 'corn', covered: true },
  { id: 'grape', covered: true },
  { id: 'orange', covered: true },
  { id: 'peach', covered: false },
  { id: 'pepper', covered: true },
  { id: 'potato', covered: true },
  { id: 'raspberry', covered: true },
  { id: 'soybean', covered: false },
  { id: 'squash', covered: false },
  { id: 'strawberry', covered: true },
  { id: 'tomato', covered: true },
] as const;

export type CropId = (typeof CROPS)[number]['id'];
export const CropIdSchema = z.enum(CROPS.map((c) => c.id) as [CropId, ...CropId[]]);
