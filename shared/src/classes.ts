import { CROPS, type CropId } from './crops.ts';

export interface DiseaseClass {
  /** The PlantVillage folder name: the key shared by the model, the data and the advice. */
  id: string;
  crop: CropId;
  /** Whether the model knows the class: its crop's coverage (crops.ts), stated there once. */
  covered: boolean;
  /** The disease's name in English: what language-neutral exports print beside the id, and the English
   *  advice's heading (the other languages' names are in their advice, web/src/advice/). */
  englishName: string;
}

const c = (id: string, crop: CropId, englishName: string): DiseaseClass => ({
  id,
  crop,
  covered: CROPS.some((known) => known.id === crop && known.covered),
  englishName,
});

/** The 38 PlantVillage classes. The model's own class list (logit order) is in models/metadata.json. */
export const DISEASE_CLASSES: readonly DiseaseClass[] = [
  c('Apple___Apple_scab', 'apple', 'Apple scab'),
  c('Apple___Black_rot', 'apple', 'Apple black rot'),
  c('Apple___Cedar_apple_rust', 'apple', 'Cedar apple rust'),
  c('Apple___healthy', 'apple', 'Healthy apple leaf'),
  c('Blueberry___healthy', 'blueberry', 'Healthy blueberry leaf'),
  c('Cherry_(including_sour)___Powdery_mildew', 'cherry', 'Cherry powdery mildew'),
  c('Cherry_(including_sour)___healthy', 'cherry', 'Healthy cherry leaf'),
  c('Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot', 'corn', 'Grey leaf spot'),
  c('Corn_(maize)___Common_rust_', 'corn', 'Common rust'),
  c('Corn_(maize)___Northern_Leaf_Blight', 'corn', 'Northern leaf blight'),
  c('Corn_(maize)___healthy', 'corn', 'Healthy maize leaf'),
  c('Grape___Black_rot', 'grape', 'Grape black rot'),
  c('Grape___Esca_(Black_Measles)', 'grape', 'Esca (black measles)'),
  c('Grape___Leaf_blight_(Isariopsis_Leaf_Spot)', 'grape', 'Grape leaf blight (Isariopsis leaf spot)'),
  c('Grape___healthy', 'grape', 'Healthy grape leaf'),
  c('Orange___Haunglongbing_(Citrus_greening)', 'orange', 'Citrus greening (Huanglongbing, HLB)'),
  c('Peach___Bacterial_spot', 'peach', 'Peach bacterial spot'),
  c('Peach___healthy', 'peach', 'Healthy peach leaf'),
  c('Pepper,_bell___Bacterial_spot', 'pepper', 'Pepper bacterial spot'),
  c('Pepper,_bell___healthy', 'pepper', 'Healthy pepper leaf'),
  c('Potato___Early_blight', 'potato', 'Potato early blight'),
  c('Potato___Late_blight', 'potato', 'Potato late blight'),
  c('Potato___healthy', 'potato', 'Healthy potato leaf'),
  c('Raspberry___healthy', 'raspberry', 'Healthy raspberry leaf'),
  c('Soybean___healthy', 'soybean', 'Healthy soybean leaf'),
  c('Squash___Powdery_mildew', 'squash', 'Squash powdery mildew'),
  c('Strawberry___Leaf_scorch', 'strawberry', 'Strawberry leaf scorch'),
  c('Strawberry___healthy', 'strawberry', 'Healthy strawberry leaf'),
  c('Tomato___Bacterial_spot', 'tomato', 'Tomato bacterial spot'),
  c('Tomato___Early_blight', 'tomato', 'Tomato early blight'),
  c('Tomato___Late_blight', 'tomato', 'Tomato late blight'),
  c('Tomato___Leaf_Mold', 'tomato', 'Tomato leaf mould'),
  c('Tomato___Septoria_leaf_spot', 'tomato', 'Septoria leaf spot'),
  c('Tomato___Spider_mites Two-spotted_spider_mite', 'tomato', 'Two-spotted spider mite'),
  c('Tomato___Target_Spot', 'tomato', 'Tomato target spot'),
  c('Tomato___Tomato_Yellow_Leaf_Curl_Virus', 'tomato', 'Tomato yellow leaf curl virus'),
  c('Tomato___Tomato_mosaic_virus', 'tomato', 'Tomato mosaic virus'),
  c('Tomato___healthy', 'tomato', 'Healthy tomato leaf'),
];

export const CLASS_IDS: readonly string[] = DISEASE_CLASSES.map((d) => d.id);

/** The English name of a class of the catalogue (the id itself for one it does not know). */
export function englishName(id: string): string {
  return findClass(id)?.englishName ?? id;
}

export function findClass(id: string): DiseaseClass | undefined {
  return DISEASE_CLASSES.find((d) => d.id === id);
}
