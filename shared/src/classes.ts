import { CROPS, type CropId } from './crops.ts';

export interface DiseaseClass {
  /** The PlantVillage folder name: the key shared by the model, the data and the advice. */
  id: string;
  crop: CropId;
  /** Whether the model knows the class: its crop's coverage (crops.ts), stated there once. */
  covered: boolean;
}

const c = (id: string, crop: CropId): DiseaseClass => ({
  id,
  crop,
  covered: CROPS.some((known) => known.id === crop && known.covered),
});

/** The 38 PlantVillage classes. The model's own class list (logit order) is in models/metadata.json. */
export const DISEASE_CLASSES: readonly DiseaseClass[] = [
  c('Apple___Apple_scab', 'apple'),
  c('Apple___Black_rot', 'apple'),
  c('Apple___Cedar_apple_rust', 'apple'),
  c('Apple___healthy', 'apple'),
  c('Blueberry___healthy', 'blueberry'),
  c('Cherry_(including_sour)___Powdery_mildew', 'cherry'),
  c('Cherry_(including_sour)___healthy', 'cherry'),
  c('Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot', 'corn'),
  c('Corn_(maize)___Common_rust_', 'corn'),
  c('Corn_(maize)___Northern_Leaf_Blight', 'corn'),
  c('Corn_(maize)___healthy', 'corn'),
  c('Grape___Black_rot', 'grape'),
  c('Grape___Esca_(Black_Measles)', 'grape'),
  c('Grape___Leaf_blight_(Isariopsis_Leaf_Spot)', 'grape'),
  c('Grape___healthy', 'grape'),
  c('Orange___Haunglongbing_(Citrus_greening)', 'orange'),
  c('Peach___Bacterial_spot', 'peach'),
  c('Peach___healthy', 'peach'),
  c('Pepper,_bell___Bacterial_spot', 'pepper'),
  c('Pepper,_bell___healthy', 'pepper'),
  c('Potato___Early_blight', 'potato'),
  c('Potato___Late_blight', 'potato'),
  c('Potato___healthy', 'potato'),
  c('Raspberry___healthy', 'raspberry'),
  c('Soybean___healthy', 'soybean'),
  c('Squash___Powdery_mildew', 'squash'),
  c('Strawberry___Leaf_scorch', 'strawberry'),
  c('Strawberry___healthy', 'strawberry'),
  c('Tomato___Bacterial_spot', 'tomato'),
  c('Tomato___Early_blight', 'tomato'),
  c('Tomato___Late_blight', 'tomato'),
  c('Tomato___Leaf_Mold', 'tomato'),
  c('Tomato___Septoria_leaf_spot', 'tomato'),
  c('Tomato___Spider_mites Two-spotted_spider_mite', 'tomato'),
  c('Tomato___Target_Spot', 'tomato'),
  c('Tomato___Tomato_Yellow_Leaf_Curl_Virus', 'tomato'),
  c('Tomato___Tomato_mosaic_virus', 'tomato'),
  c('Tomato___healthy', 'tomato'),
];

export const CLASS_IDS: readonly string[] = DISEASE_CLASSES.map((d) => d.id);

export function findClass(id: string): DiseaseClass | undefined {
  return DISEASE_CLASSES.find((d) => d.id === id);
}
