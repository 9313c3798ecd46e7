import { englishName } from '@phyto/shared/classes';
import type { LanguageAdvice } from './recommendation.ts';

export const en: LanguageAdvice = {
  crops: {
    apple: 'Apple',
    blueberry: 'Blueberry',
    cherry: 'Cherry',
    corn: 'Maize (corn)',
    grape: 'Grape',
    orange: 'Orange',
    peach: 'Peach',
    pepper: 'Bell pepper',
    potato: 'Potato',
    raspberry: 'Raspberry',
    soybean: 'Soybean',
    squash: 'Squash',
    strawberry: 'Strawberry',
    tomato: 'Tomato',
  },
  classes: {
    Apple___Apple_scab: {
      name: englishName('Apple___Apple_scab'),
      about:
        'A fungal disease (Venturia inaequalis). It lives through winter in fallen leaves and spreads by spores in spring rain. It spoils fruit and makes leaves drop early.',
      symptoms: [
        'Olive-green to brown velvety spots on leaves',
        'Spots turn dark; leaves curl, yellow and drop early',
        'Dark, rough, cracked scabs on the fruit',
      ],
      treatment: [
        'Rake up and destroy fallen leaves and scabby fruit.',
        'Prune the tree so the inside dries quickly after rain.',
        'In wet spring weather, spray a protective fungicide such as captan, mancozeb or sulfur from bud break until the end of the rains. Follow the label and local rules.',
      ],
      prevention: [
        'Plant scab-resistant apple varieties.',
        'Remove or bury fallen leaves every autumn.',
        'Space trees well and water at the base, not over the leaves.',
      ],
    },
    Apple___Black_rot: {
      name: englishName('Apple___Black_rot'),
      about:
        'A fungal disease (Botryosphaeria obtusa). It survives in dead wood, branch cankers and dried-up fruit left on the tree, and spreads by spores in rain. It rots fruit and weakens branches.',
      symptoms: [
        'Small purple spots on leaves that grow into brown spots with a purple edge ("frog-eye")',
        'Brown rot on the fruit, often with rings, that turns black and shrivels',
        'Sunken, reddish-brown cankers on branches',
      ],
      treatment: [
        'Pick off dried, shrivelled fruit ("mummies") from the tree and the ground and destroy them.',
        'Cut out dead and cankered branches 15 cm below the damage, in dry weather, and burn or bury them.',
        'Spray a fungicide such as captan or thiophanate-methyl from bloom in wet seasons. Follow the label and local rules.',
      ],
      prevention: [
        'Keep the orchard clean of dead wood, prunings and old fruit.',
        'Avoid wounding bark and fruit; control insects that damage fruit.',
        'Keep trees strong with good feeding and watering.',
      ],
    },
    Apple___Cedar_apple_rust: {
      name: englishName('Apple___Cedar_apple_rust'),
      about:
        'A fungal disease (Gymnosporangium juniperi-virginianae) that needs two hosts: apple and juniper (cedar) trees. In spring rain, orange jelly-like growths on junipers release spores that blow to apple leaves.',
      symptoms: [
        'Bright yellow-orange spots on the top of leaves',
        'Spots get bigger with tiny black dots; small tubes or fringes grow underneath',
        'Orange spots on young fruit; leaves may drop early',
      ],
      treatment: [
        'Spots already on leaves cannot be cured; protect new leaves.',
        'Spray a fungicide such as myclobutanil, mancozeb or sulfur from pink bud until a few weeks after flowering, in wet weather. Follow the label and local rules.',
        'Cut off the brown galls from nearby juniper trees in late winter.',
      ],
      prevention: [
        'Plant rust-resistant apple varieties.',
        'Where possible, remove juniper (cedar) trees growing near the orchard.',
        'Check leaves each spring after rainy spells.',
      ],
    },
    Apple___healthy: {
      name: englishName('Apple___healthy'),
      about: 'This apple leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green colour with no spots, rust or powder',
        'Keep watching for olive spots (scab), orange spots (rust) or purple spots (black rot) after rain',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Remove fallen leaves and dried fruit each season.',
        'Prune every year so air and light reach the centre of the tree.',
        'Check leaves every week, especially in wet spring weather.',
      ],
    },
    Blueberry___healthy: {
      name: englishName('Blueberry___healthy'),
      about: 'This blueberry leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Smooth green leaves with no spots or red patches',
        'Keep watching for leaf spots, yellowing between veins or dying shoot tips',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Keep the soil acidic (pH 4.5–5.5) and well drained; use mulch.',
        'Prune out old, weak and dead canes each winter.',
        'Water at the base and pick up fallen, rotten berries.',
      ],
    },
    'Cherry_(including_sour)___Powdery_mildew': {
      name: englishName('Cherry_(including_sour)___Powdery_mildew'),
      about:
        'A fungal disease (Podosphaera clandestina). Spores spread by wind in warm, humid weather, even without rain. It weakens young shoots and can spoil fruit.',
      symptoms: [
        'White, powdery patches on young leaves, often on the underside first',
        'Leaves curl, pucker or look twisted',
        'White powder or rough spots on the fruit',
      ],
      treatment: [
        'Cut off badly infected shoot tips and destroy them.',
        'Spray sulfur, potassium bicarbonate, neem oil or a fungicide such as myclobutanil when you first see white patches. Follow the label and local rules.',
        'Do not spray sulfur in hot weather (over 30 °C) or within two weeks of an oil spray.',
      ],
      prevention: [
        'Prune to open the tree so air moves freely.',
        'Remove root suckers and water shoots where mildew starts.',
        'Avoid too much nitrogen fertiliser, which makes soft shoots that mildew likes.',
      ],
    },
    'Cherry_(including_sour)___healthy': {
      name: englishName('Cherry_(including_sour)___healthy'),
      about: 'This cherry leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Glossy green leaves with no powder, spots or holes',
        'Keep watching for white powder on young leaves and small purple spots or holes',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Prune each year to keep the tree open to air and sun.',
        'Rake up and destroy fallen leaves in autumn.',
        'Check young shoots every week in warm, humid weather.',
      ],
    },
    'Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot': {
      name: englishName('Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot'),
      about:
        'A fungal disease (Cercospora zeae-maydis). It survives in maize stalks and leaves left in the field and spreads in warm, humid weather with long dew. It can kill leaves early and cut yield.',
      symptoms: [
        'Long, narrow, rectangular spots between the leaf veins',
        'Spots are tan to grey and may have a yellow edge',
        'Spots join up and whole leaves dry out, starting from the lower leaves',
      ],
      treatment: [
        'If spots reach the upper leaves near tasselling, spray a fungicide such as azoxystrobin or propiconazole. Follow the label and local rules.',
        'Harvest early if many leaves are dead, because stalks may fall.',
      ],
      prevention: [
        'Rotate: do not grow maize after maize; grow beans or another crop for a season.',
        'Bury or remove crop remains after harvest.',
        'Plant resistant hybrids and do not plant too densely.',
      ],
    },
    'Corn_(maize)___Common_rust_': {
      name: englishName('Corn_(maize)___Common_rust_'),
      about:
        'A fungal disease (Puccinia sorghi). Its spores blow in on the wind and infect leaves in cool, moist weather. It is usually mild, but can cut yield on susceptible varieties.',
      symptoms: [
        'Small, raised, cinnamon-brown powdery bumps on both sides of the leaf',
        'Brown powder rubs off on your fingers',
        'Badly hit leaves turn yellow and dry up',
      ],
      treatment: [
        'On most fields no spray is needed.',
        'If many leaves are infected before tasselling on a susceptible variety, spray a fungicide such as a triazole (e.g. propiconazole) or azoxystrobin. Follow the label and local rules.',
      ],
      prevention: [
        'Plant rust-resistant hybrids.',
        'Plant early so the crop is well grown before rust builds up.',
        'Give balanced fertiliser so plants stay strong.',
      ],
    },
    'Corn_(maize)___Northern_Leaf_Blight': {
      name: englishName('Corn_(maize)___Northern_Leaf_Blight'),
      about:
        'A fungal disease (Exserohilum turcicum). It survives in maize remains in the field and spreads by wind and rain in mild, wet weather with heavy dew. Early attacks can cut yield a lot.',
      symptoms: [
        'Long, cigar-shaped grey-green to tan spots, 3–15 cm long',
        'Spots start on lower leaves and move up the plant',
        'Dark grey mould may grow on the spots in wet weather',
      ],
      treatment: [
        'If spots reach the upper leaves before or at silking, spray a fungicide such as propiconazole, azoxystrobin or mancozeb. Follow the label and local rules.',
        'Remove and destroy badly infected leaves in small plots.',
      ],
      prevention: [
        'Plant resistant hybrids.',
        'Rotate with a crop that is not maize, sorghum or other grasses.',
        'Bury or remove crop remains after harvest.',
      ],
    },
    'Corn_(maize)___healthy': {
      name: englishName('Corn_(maize)___healthy'),
      about: 'This maize leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green leaf with no spots, stripes or powder',
        'Keep watching for brown rust bumps, long grey spots and cigar-shaped lesions',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Rotate maize with beans or other crops.',
        'Use good seed of resistant hybrids.',
        'Check lower leaves every week in warm, humid weather.',
      ],
    },
    Grape___Black_rot: {
      name: englishName('Grape___Black_rot'),
      about:
        'A fungal disease (Guignardia bidwellii). It survives in dried-up berries and infected canes, and spreads by rain splash in warm, wet weather. It can destroy a whole bunch.',
      symptoms: [
        'Round tan to brown leaf spots with a dark edge and tiny black dots',
        'Berries turn brown, then shrivel into hard, black "mummies"',
        'Dark, long spots on young shoots and leaf stalks',
      ],
      treatment: [
        'Remove and destroy mummified berries, infected bunches and spotted canes.',
        'Spray a fungicide such as mancozeb, captan or myclobutanil from early shoot growth until about 4 weeks after flowering. Follow the label and local rules.',
      ],
      prevention: [
        'Clean all mummies from the vine and the ground before new growth.',
        'Train and prune vines so leaves dry quickly; remove extra leaves around bunches.',
        'Remove wild grapevines near the vineyard.',
      ],
    },
    'Grape___Esca_(Black_Measles)': {
      name: englishName('Grape___Esca_(Black_Measles)'),
      about:
        'A disease of the vine wood caused by several fungi (such as Phaeomoniella chlamydospora). They enter through pruning wounds and slowly rot the trunk. Vines may weaken for years or die suddenly in hot weather.',
      symptoms: [
        '"Tiger-stripe" leaves: yellow or red-brown patches between veins that dry out, with green along the veins',
        'Small dark purple spots on berries',
        'Dark spots or streaks in the wood when you cut the trunk',
        'A whole vine or arm may wilt and dry in summer',
      ],
      treatment: [
        'There is no cure by spraying.',
        'Mark sick vines. Cut out dead arms well below the damaged wood, or retrain a new trunk from a healthy shoot.',
        'Remove vines that are dead or badly affected, and burn all cut wood.',
      ],
      prevention: [
        'Prune in dry weather and late in the dormant season.',
        'Avoid large cuts; protect big pruning wounds with a wound sealant or a registered product. Follow the label and local rules.',
        'Clean pruning tools between vines and plant healthy nursery vines.',
      ],
    },
    'Grape___Leaf_blight_(Isariopsis_Leaf_Spot)': {
      name: englishName('Grape___Leaf_blight_(Isariopsis_Leaf_Spot)'),
      about:
        'A fungal disease (Pseudocercospora vitis). It survives on fallen leaves and spreads by rain and wind in warm, humid weather. It makes leaves drop early, which weakens the vine.',
      symptoms: [
        'Irregular dark red-brown to black spots on older leaves, often with a yellow edge',
        'Spots join up and the leaf dries and falls early',
        'Dark, sooty mould on the underside of spots',
      ],
      treatment: [
        'Remove and destroy spotted leaves and fallen leaves.',
        'Spray a copper-based fungicide or mancozeb, especially after rain. Follow the label and local rules.',
      ],
      prevention: [
        'Prune and train the vine so air moves through the leaves.',
        'Collect fallen leaves after the season.',
        'Do not wet the leaves when watering.',
      ],
    },
    Grape___healthy: {
      name: englishName('Grape___healthy'),
      about: 'This grape leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green leaf with no spots, stripes or powder',
        'Keep watching for brown spots with black dots, white powder or yellow patches',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Prune in dry weather and remove old berries and dead wood.',
        'Keep the canopy open so leaves dry fast.',
        'Check leaves and bunches every week in the rainy season.',
      ],
    },
    'Orange___Haunglongbing_(Citrus_greening)': {
      name: englishName('Orange___Haunglongbing_(Citrus_greening)'),
      about:
        'A bacterial disease (Candidatus Liberibacter) spread by a small insect, the Asian citrus psyllid, and by grafting infected buds. There is no cure: infected trees decline and die within a few years.',
      symptoms: [
        'Blotchy yellow mottling on leaves that is different on each side of the middle vein',
        'Yellow shoots, small upright leaves and twig dieback',
        'Small, lopsided, bitter fruit that stays green at the bottom and drops early',
      ],
      treatment: [
        'There is no cure. Ask your local extension service to confirm the disease.',
        'Cut down and remove infected trees, roots included, so they do not spread it to healthy trees.',
        'Before removing a tree, spray it and nearby trees against psyllids (e.g. imidacloprid, mineral oil or neem oil). Follow the label and local rules.',
      ],
      prevention: [
        'Plant only certified disease-free trees from a trusted nursery.',
        'Check new shoots every week for psyllids and control them; work with your neighbours.',
        'Do not bring citrus plants or budwood from areas with the disease.',
        'Keep healthy trees well fed and watered.',
      ],
    },
    Peach___Bacterial_spot: {
      name: englishName('Peach___Bacterial_spot'),
      about:
        'A bacterial disease (Xanthomonas arboricola pv. pruni). It survives in twig cankers and spreads by wind-driven rain. It makes leaves drop and spoils fruit.',
      symptoms: [
        'Small, angular, water-soaked spots that turn purple to black',
        'Spot centres fall out, leaving "shot holes"; yellow leaves drop',
        'Sunken, dark spots and cracks on fruit',
      ],
      treatment: [
        'Cut out cankered twigs in dry weather and destroy them.',
        'Spray a copper-based bactericide at leaf fall and before buds open; in the season use only low copper rates because copper can burn peach leaves. Follow the label and local rules.',
      ],
      prevention: [
        'Plant resistant peach varieties.',
        'Plant windbreaks; avoid very windy, sandy sites.',
        'Give balanced fertiliser; too much nitrogen makes the disease worse.',
      ],
    },
    Peach___healthy: {
      name: englishName('Peach___healthy'),
      about: 'This peach leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Smooth green leaves with no holes, spots or curling',
        'Keep watching for small holes, red puckered leaves (leaf curl) or spots on fruit',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Prune each year to open the tree and remove dead twigs.',
        'Clean up fallen leaves and rotten fruit.',
        'Check leaves after rainy, windy weather.',
      ],
    },
    'Pepper,_bell___Bacterial_spot': {
      name: englishName('Pepper,_bell___Bacterial_spot'),
      about:
        'A bacterial disease (Xanthomonas species). It comes with infected seed or plant remains and spreads by splashing water, hands and tools. It strips leaves and spoils fruit in warm, wet weather.',
      symptoms: [
        'Small, water-soaked spots on leaves that turn brown, often with a yellow edge',
        'Leaves turn yellow and drop',
        'Raised, rough, scab-like spots on the fruit',
      ],
      treatment: [
        'Pull out and destroy badly infected plants.',
        'Spray a copper-based bactericide, often mixed with mancozeb, every 7–10 days in wet weather. Follow the label and local rules.',
        'Do not work in the field when plants are wet.',
      ],
      prevention: [
        'Use certified disease-free or hot-water-treated seed and healthy seedlings.',
        'Plant resistant varieties.',
        'Rotate: no pepper or tomato on the same soil for 2–3 years.',
        'Water with drip or at the base, not over the leaves.',
      ],
    },
    'Pepper,_bell___healthy': {
      name: englishName('Pepper,_bell___healthy'),
      about: 'This pepper leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Shiny green leaves with no spots or curling',
        'Keep watching for small brown spots, yellowing leaves, mosaic patterns or insects underneath',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Use healthy seed and seedlings; rotate crops.',
        'Water at the base in the morning.',
        'Check the undersides of leaves every week for aphids, whiteflies and mites.',
      ],
    },
    Potato___Early_blight: {
      name: englishName('Potato___Early_blight'),
      about:
        'A fungal disease (Alternaria solani). It survives in soil and crop remains and spreads by wind and rain splash, mostly in warm weather with wet nights. It starts on older, stressed leaves.',
      symptoms: [
        'Dark brown spots with rings like a target on the lower leaves',
        'Yellow area around the spots; leaves dry and die',
        'Dark, sunken, dry spots on tubers',
      ],
      treatment: [
        'Remove and destroy badly spotted lower leaves.',
        'Spray a fungicide such as mancozeb, chlorothalonil or azoxystrobin every 7–14 days while spots spread. Follow the label and local rules.',
      ],
      prevention: [
        'Rotate: no potato, tomato or eggplant on the same soil for 2–3 years.',
        'Plant certified seed potatoes and feed plants well, especially with nitrogen.',
        'Water at the base and destroy crop remains after harvest.',
      ],
    },
    Potato___Late_blight: {
      name: englishName('Potato___Late_blight'),
      about:
        'A very dangerous disease caused by a water mould (Phytophthora infestans). Spores spread by wind and rain in cool, wet weather and can destroy a field in one or two weeks. It also rots tubers.',
      symptoms: [
        'Pale, water-soaked patches that quickly turn dark brown or black, often at leaf tips and edges',
        'White, fuzzy mould on the underside of leaves in humid mornings',
        'Dark brown patches on stems',
        'Reddish-brown, dry rot under the skin of tubers',
      ],
      treatment: [
        'Act at once. Pull out infected plants, put them in a bag and bury or burn them; do not compost.',
        'Spray the rest of the field with a fungicide such as mancozeb, chlorothalonil or a copper fungicide, or a mix with metalaxyl-M or cymoxanil, every 5–7 days in wet weather. Follow the label and local rules.',
        'Cut and remove the stems 2–3 weeks before harvest so spores do not reach the tubers.',
      ],
      prevention: [
        'Plant certified seed potatoes and resistant varieties.',
        'Hill soil up around the stems to protect tubers.',
        'Destroy cull piles and potato plants that sprout from old tubers.',
        'Do not water over the leaves; space rows for airflow.',
      ],
    },
    Potato___healthy: {
      name: englishName('Potato___healthy'),
      about: 'This potato leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green leaves with no spots or dark patches',
        'Keep watching for target-like brown spots or dark, wet-looking patches after cool rain',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Use certified seed potatoes and rotate crops.',
        'Hill up soil around the plants.',
        'Check the field twice a week in cool, wet weather for late blight.',
      ],
    },
    Raspberry___healthy: {
      name: englishName('Raspberry___healthy'),
      about: 'This raspberry leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Green leaves with no spots, rust or yellow mottling',
        'Keep watching for orange rust, purple spots on canes or wilting tips',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Cut out old canes after harvest and thin new ones so air moves.',
        'Keep rows narrow and weed-free.',
        'Water at the base and plant certified healthy canes.',
      ],
    },
    Soybean___healthy: {
      name: englishName('Soybean___healthy'),
      about: 'This soybean leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green leaflets with no spots or rust',
        'Keep watching for brown spots, rust pustules, yellow mosaic or insect damage',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Rotate soybean with maize or other crops.',
        'Use good seed of adapted, resistant varieties.',
        'Control weeds and check the crop every week.',
      ],
    },
    Squash___Powdery_mildew: {
      name: englishName('Squash___Powdery_mildew'),
      about:
        'A fungal disease (mostly Podosphaera xanthii). Spores blow on the wind and grow well in warm weather with high humidity, even without rain. Leaves die early and fruits are smaller.',
      symptoms: [
        'White, powdery spots on leaves and stems, first on older leaves',
        'Spots spread until the whole leaf looks dusted with flour',
        'Leaves turn yellow, then brown and dry',
      ],
      treatment: [
        'Remove the worst leaves.',
        'Spray sulfur, potassium bicarbonate, neem oil or a fungicide such as myclobutanil when the first spots appear, and repeat as the label says. Follow the label and local rules.',
        'Switch between fungicide groups so the fungus does not become resistant.',
      ],
      prevention: [
        'Plant resistant varieties.',
        'Space plants well and grow them in full sun.',
        'Remove and destroy plant remains after harvest.',
      ],
    },
    Strawberry___Leaf_scorch: {
      name: englishName('Strawberry___Leaf_scorch'),
      about:
        'A fungal disease (Diplocarpon earlianum). It survives on old infected leaves and spreads by rain splash. Badly hit plants are weak and yield less.',
      symptoms: [
        'Many small, dark purple spots on the top of leaves',
        'Spots have no pale centre; they join up',
        'Leaves turn purple-brown, dry and curl up as if burnt',
      ],
      treatment: [
        'Remove and destroy infected leaves.',
        'After harvest, mow or cut old leaves and take them away.',
        'Spray a fungicide such as captan or myclobutanil from early spring in wet weather. Follow the label and local rules.',
      ],
      prevention: [
        'Plant certified disease-free plants of resistant varieties.',
        'Space plants, control weeds and use drip irrigation.',
        'Replant beds in a new place every 3–4 years.',
      ],
    },
    Strawberry___healthy: {
      name: englishName('Strawberry___healthy'),
      about: 'This strawberry leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Green leaves with no purple spots or dry edges',
        'Keep watching for purple spots, white powder or grey mould on fruit',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Remove old leaves after harvest.',
        'Use mulch (straw or plastic) so fruit does not touch the soil.',
        'Water with drip or in the morning at the base.',
      ],
    },
    Tomato___Bacterial_spot: {
      name: englishName('Tomato___Bacterial_spot'),
      about:
        'A bacterial disease (Xanthomonas species). It comes with infected seed, seedlings or plant remains and spreads by splashing water, hands and tools. Warm, wet weather makes it worse.',
      symptoms: [
        'Small, dark, greasy-looking spots on leaves, sometimes with a yellow edge',
        'Spots join up; leaves turn yellow and fall',
        'Small raised, rough, scab-like spots on green fruit',
      ],
      treatment: [
        'Remove and destroy badly infected plants and leaves.',
        'Spray a copper-based bactericide, often mixed with mancozeb, every 7–10 days in wet weather. Follow the label and local rules.',
        'Do not handle plants when they are wet.',
      ],
      prevention: [
        'Use certified or hot-water-treated seed and healthy seedlings.',
        'Rotate: no tomato or pepper on the same soil for 2–3 years.',
        'Use drip irrigation or water at the base; stake plants.',
      ],
    },
    Tomato___Early_blight: {
      name: englishName('Tomato___Early_blight'),
      about:
        'A fungal disease (Alternaria species). It survives in soil and plant remains and spreads by wind and rain splash, mostly in warm weather with wet nights. It starts on the oldest leaves.',
      symptoms: [
        'Brown spots with rings like a target on lower leaves',
        'Yellow area around the spots; leaves die and drop',
        'Dark, sunken spots on stems and at the stem end of fruit',
      ],
      treatment: [
        'Remove and destroy spotted lower leaves.',
        'Spray a fungicide such as chlorothalonil, mancozeb or azoxystrobin every 7–14 days while it spreads. Follow the label and local rules.',
      ],
      prevention: [
        'Rotate: no tomato, potato or eggplant on the same soil for 2–3 years.',
        'Mulch the soil and stake plants so leaves stay off the ground.',
        'Water at the base and feed plants well.',
      ],
    },
    Tomato___Late_blight: {
      name: englishName('Tomato___Late_blight'),
      about:
        'A very dangerous disease caused by a water mould (Phytophthora infestans). It spreads fast by wind and rain in cool, wet weather and can kill plants in a few days. The same disease attacks potatoes.',
      symptoms: [
        'Large grey-green, greasy-looking patches on leaves that turn brown',
        'White, fuzzy mould on the underside of leaves in humid weather',
        'Dark brown patches on stems',
        'Firm, greasy, brown patches on the fruit',
      ],
      treatment: [
        'Act at once. Pull out infected plants, bag them and bury or burn them; do not compost.',
        'Spray healthy plants with a fungicide such as mancozeb, chlorothalonil or a copper fungicide, or a mix with metalaxyl-M or cymoxanil, every 5–7 days in wet weather. Follow the label and local rules.',
      ],
      prevention: [
        'Plant resistant varieties and healthy seedlings.',
        'Do not plant tomatoes next to potatoes.',
        'Space and stake plants; water at the base in the morning.',
      ],
    },
    Tomato___Leaf_Mold: {
      name: englishName('Tomato___Leaf_Mold'),
      about:
        'A fungal disease (Passalora fulva). It grows when the air is very humid, most often in greenhouses and tunnels. Spores spread by air, hands and tools.',
      symptoms: [
        'Pale green or yellow spots on the top of leaves',
        'Olive-green to brown, velvety mould under the spots',
        'Leaves curl, wither and drop, starting from the bottom',
      ],
      treatment: [
        'Lower the humidity: open the greenhouse, ventilate and stop wetting the leaves.',
        'Remove and destroy infected leaves; remove lower leaves to improve airflow.',
        'Spray a fungicide such as chlorothalonil, mancozeb or a copper fungicide. Follow the label and local rules.',
      ],
      prevention: [
        'Plant resistant varieties.',
        'Space plants and prune side shoots so air moves.',
        'Clean the greenhouse and remove plant remains after each crop.',
      ],
    },
    Tomato___Septoria_leaf_spot: {
      name: englishName('Tomato___Septoria_leaf_spot'),
      about:
        'A fungal disease (Septoria lycopersici). It survives on plant remains and weeds of the tomato family, and spreads by splashing water. It starts on lower leaves and can strip the plant.',
      symptoms: [
        'Many small round spots with a dark edge and a grey or tan centre',
        'Tiny black dots in the centre of the spots',
        'Lower leaves turn yellow, dry and fall',
      ],
      treatment: [
        'Remove and destroy spotted lower leaves.',
        'Spray a fungicide such as chlorothalonil, mancozeb or a copper fungicide every 7–10 days in wet weather. Follow the label and local rules.',
      ],
      prevention: [
        'Rotate crops for at least 2 years and remove plant remains.',
        'Mulch and stake plants; water at the base.',
        'Pull out nightshade and other weeds of the tomato family.',
      ],
    },
    'Tomato___Spider_mites Two-spotted_spider_mite': {
      name: englishName('Tomato___Spider_mites Two-spotted_spider_mite'),
      about:
        'A pest, not a disease: tiny mites (Tetranychus urticae) that suck sap from the underside of leaves. They multiply fast in hot, dry, dusty weather.',
      symptoms: [
        'Tiny yellow or white dots (speckles) on leaves',
        'Fine webbing under leaves and between stems',
        'Leaves turn bronze or yellow, dry out and fall',
        'Tiny moving dots under the leaf (use a hand lens)',
      ],
      treatment: [
        'Spray a strong jet of water under the leaves to wash mites off.',
        'Spray neem oil, insecticidal soap or horticultural oil, covering leaf undersides; repeat every 5–7 days.',
        'If many mites remain, use a miticide such as abamectin or bifenazate, switching products between sprays. Follow the label and local rules.',
        'Avoid broad insecticides like pyrethroids: they kill the mites’ natural enemies.',
      ],
      prevention: [
        'Water plants regularly; dry, stressed plants get more mites.',
        'Keep weeds and dust down around the field.',
        'Check leaf undersides every week in hot, dry weather.',
        'Protect natural enemies such as predatory mites and ladybirds.',
      ],
    },
    Tomato___Target_Spot: {
      name: englishName('Tomato___Target_Spot'),
      about:
        'A fungal disease (Corynespora cassiicola). It survives on plant remains and spreads by wind and rain splash in warm, humid weather. It kills leaves and can spot the fruit.',
      symptoms: [
        'Small brown spots on leaves that grow into round spots with rings and a light centre',
        'Yellow edge around spots; leaves dry and fall',
        'Sunken, brown spots on fruit that may crack',
      ],
      treatment: [
        'Remove and destroy infected lower leaves.',
        'Spray a fungicide such as chlorothalonil, mancozeb or azoxystrobin every 7–14 days in humid weather. Follow the label and local rules.',
      ],
      prevention: [
        'Prune lower leaves and space plants so air moves.',
        'Rotate crops and remove plant remains after harvest.',
        'Water at the base, not over the leaves.',
      ],
    },
    Tomato___Tomato_Yellow_Leaf_Curl_Virus: {
      name: englishName('Tomato___Tomato_Yellow_Leaf_Curl_Virus'),
      about:
        'A virus spread by whiteflies (Bemisia tabaci). It does not spread by seed or touch. Plants infected young stay small and give almost no fruit.',
      symptoms: [
        'Leaves are small, curl upward and have yellow edges',
        'Plant is stunted and bushy',
        'Flowers drop and few fruits set',
      ],
      treatment: [
        'There is no cure. Pull out infected plants early, put them in a bag so whiteflies do not fly off, and destroy them.',
        'Control whiteflies with yellow sticky traps, neem oil or insecticidal soap.',
        'If whiteflies are many, use an insecticide such as pyriproxyfen or a neonicotinoid, switching products. Follow the label and local rules.',
      ],
      prevention: [
        'Plant resistant (Ty) tomato varieties.',
        'Raise seedlings under insect-proof net.',
        'Remove weeds and old crops that host whiteflies; do not plant next to infected fields.',
      ],
    },
    Tomato___Tomato_mosaic_virus: {
      name: englishName('Tomato___Tomato_mosaic_virus'),
      about:
        'A very stable virus (ToMV). It spreads by touch: hands, tools, clothes, infected seed and plant remains. It can stay alive in dry plant remains for years.',
      symptoms: [
        'Light and dark green mottled (mosaic) pattern on leaves',
        'Leaves are twisted, narrow or fern-like',
        'Stunted plants; fruit ripens unevenly with brown patches inside',
      ],
      treatment: [
        'There is no cure. Pull out infected plants and destroy them; do not compost.',
        'Wash hands with soap and disinfect tools (e.g. with diluted bleach) after touching sick plants.',
        'Work on healthy plants first and sick ones last.',
      ],
      prevention: [
        'Use certified seed and resistant varieties.',
        'Do not smoke or handle tobacco near tomato plants.',
        'Rotate crops and remove all plant remains after harvest.',
      ],
    },
    Tomato___healthy: {
      name: englishName('Tomato___healthy'),
      about: 'This tomato leaf looks healthy. No sign of disease or pest damage was found.',
      symptoms: [
        'Even green leaves with no spots, curling or mottling',
        'Keep watching for brown spots, yellow curled leaves, webbing or mould under leaves',
      ],
      treatment: ['No treatment needed. Keep up good care.'],
      prevention: [
        'Stake plants, mulch the soil and water at the base.',
        'Rotate crops and remove plant remains after harvest.',
        'Check leaves, both sides, every week.',
      ],
    },
  },
};
