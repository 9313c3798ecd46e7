import type { LanguageAdvice } from './recommendation.ts';

export const fr: LanguageAdvice = {
  crops: {
    apple: 'Pommier',
    blueberry: 'Myrtillier',
    cherry: 'Cerisier',
    corn: 'Maïs',
    grape: 'Vigne',
    orange: 'Oranger',
    peach: 'Pêcher',
    pepper: 'Poivron',
    potato: 'Pomme de terre',
    raspberry: 'Framboisier',
    soybean: 'Soja',
    squash: 'Courge',
    strawberry: 'Fraisier',
    tomato: 'Tomate',
  },
  classes: {
    Apple___Apple_scab: {
      name: 'Tavelure du pommier',
      about:
        'Maladie due à un champignon (Venturia inaequalis). Il passe l’hiver dans les feuilles tombées au sol et ses spores sont projetées par les pluies de printemps. Les fruits sont tachés et les feuilles tombent trop tôt.',
      symptoms: [
        'Taches vert olive à brunes, d’aspect velouté, sur les feuilles',
        'Les taches foncent ; les feuilles jaunissent et tombent avant l’heure',
        'Croûtes noires et crevasses sur les fruits',
      ],
      treatment: [
        'Ramassez et détruisez les feuilles tombées et les fruits tachés.',
        'Taillez l’arbre pour que l’intérieur sèche vite après la pluie.',
        'Par printemps humide, traitez avec un fongicide préventif (captane, mancozèbe ou soufre) du débourrement à la fin des pluies. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Choisissez des variétés résistantes à la tavelure.',
        'Chaque automne, ramassez ou enfouissez les feuilles mortes.',
        'Espacez bien les arbres et arrosez au pied, sans mouiller le feuillage.',
      ],
    },
    Apple___Black_rot: {
      name: 'Pourriture noire du pommier (black rot)',
      about:
        'Maladie due à un champignon (Botryosphaeria obtusa). Il se conserve dans le bois mort, les chancres et les fruits momifiés restés sur l’arbre, puis se propage par la pluie. Il fait pourrir les fruits et affaiblit les branches.',
      symptoms: [
        'Petites taches violettes sur les feuilles, qui deviennent brunes avec un bord violet (« œil de grenouille »)',
        'Pourriture brune sur le fruit, souvent en cercles, qui noircit et se dessèche',
        'Chancres creusés, brun-rouge, sur les branches',
      ],
      treatment: [
        'Enlevez les fruits momifiés, sur l’arbre comme au sol, et détruisez-les.',
        'Par temps sec, coupez le bois mort et les chancres 15 cm sous la partie atteinte, puis brûlez ou enfouissez-les.',
        'En saison humide, traitez dès la floraison avec un fongicide comme le captane ou le thiophanate-méthyl. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Gardez le verger propre : pas de bois mort, de branches taillées ni de vieux fruits.',
        'Évitez de blesser l’écorce et les fruits ; luttez contre les insectes qui les piquent.',
        'Gardez des arbres vigoureux grâce à une bonne fumure et un bon arrosage.',
      ],
    },
    Apple___Cedar_apple_rust: {
      name: 'Rouille du pommier et du genévrier',
      about:
        'Maladie due à un champignon (Gymnosporangium juniperi-virginianae) qui vit tour à tour sur le pommier et sur le genévrier (cèdre rouge). Au printemps, sous la pluie, des masses orange et gélatineuses sur les genévriers libèrent des spores que le vent porte jusqu’aux pommiers.',
      symptoms: [
        'Taches jaune-orange vif sur le dessus des feuilles',
        'Les taches s’agrandissent et se couvrent de petits points noirs ; de petites franges poussent dessous',
        'Taches orange sur les jeunes fruits ; chute précoce des feuilles',
      ],
      treatment: [
        'Les taches déjà présentes ne guérissent pas : protégez les nouvelles feuilles.',
        'Par temps humide, traitez avec un fongicide (myclobutanil, mancozèbe ou soufre) du stade bouton rose jusqu’à quelques semaines après la floraison. Respectez l’étiquette et la réglementation locale.',
        'En fin d’hiver, coupez les galles brunes sur les genévriers voisins.',
      ],
      prevention: [
        'Plantez des variétés de pommier résistantes à la rouille.',
        'Si possible, arrachez les genévriers situés près du verger.',
        'Surveillez les feuilles chaque printemps après les périodes de pluie.',
      ],
    },
    Apple___healthy: {
      name: 'Feuille de pommier saine',
      about: 'Cette feuille de pommier paraît saine. Aucun signe de maladie ni de ravageur n’a été trouvé.',
      symptoms: [
        'Couleur verte uniforme, sans tache, rouille ni poudre',
        'Restez attentif après la pluie : taches olive (tavelure), orange (rouille) ou violettes (pourriture noire)',
      ],
      treatment: ['Aucun traitement nécessaire. Continuez vos bons soins.'],
      prevention: [
        'Enlevez chaque saison les feuilles tombées et les fruits momifiés.',
        'Taillez chaque année pour que l’air et la lumière entrent au cœur de l’arbre.',
        'Inspectez les feuilles chaque semaine, surtout au printemps humide.',
      ],
    },
    Blueberry___healthy: {
      name: 'Feuille de myrtillier saine',
      about: 'Cette feuille de myrtillier paraît saine. On n’y voit aucun signe de maladie ni de ravageur.',
      symptoms: [
        'Feuilles vertes et lisses, sans tache ni plaque rouge',
        'Surveillez l’apparition de taches, d’un jaunissement entre les nervures ou de pousses qui sèchent',
      ],
      treatment: ['Pas besoin de traiter. Gardez les mêmes bonnes pratiques.'],
      prevention: [
        'Gardez un sol acide (pH 4,5 à 5,5), bien drainé et paillé.',
        'Chaque hiver, supprimez les vieilles tiges faibles ou mortes.',
        'Arrosez au pied et ramassez les baies pourries tombées au sol.',
      ],
    },
    'Cherry_(including_sour)___Powdery_mildew': {
      name: 'Oïdium du cerisier',
      about:
        'Maladie due à un champignon (Podosphaera clandestina). Le vent transporte ses spores par temps chaud et humide, même sans pluie. Il affaiblit les jeunes pousses et peut abîmer les fruits.',
      symptoms: [
        'Plaques blanches et poudreuses sur les jeunes feuilles, souvent d’abord au revers',
        'Feuilles enroulées, gaufrées ou déformées',
        'Poudre blanche ou zones rugueuses sur les fruits',
      ],
      treatment: [
        'Coupez et détruisez les extrémités de pousses très atteintes.',
        'Dès les premières plaques blanches, pulvérisez du soufre, du bicarbonate de potassium, de l’huile de neem ou un fongicide comme le myclobutanil. Respectez l’étiquette et la réglementation locale.',
        'N’appliquez pas de soufre au-dessus de 30 °C, ni dans les deux semaines qui suivent un traitement à l’huile.',
      ],
      prevention: [
        'Taillez pour aérer le centre de l’arbre.',
        'Supprimez les drageons et les gourmands, où l’oïdium démarre souvent.',
        'Évitez l’excès d’azote, qui donne des pousses tendres très sensibles.',
      ],
    },
    'Cherry_(including_sour)___healthy': {
      name: 'Feuille de cerisier saine',
      about: 'La feuille de cerisier semble en bonne santé : ni maladie ni dégâts de ravageurs visibles.',
      symptoms: [
        'Feuilles vertes et brillantes, sans poudre, tache ni trou',
        'Guettez une poudre blanche sur les jeunes feuilles et de petites taches violettes ou des trous',
      ],
      treatment: ['Aucun traitement à faire. Poursuivez l’entretien habituel.'],
      prevention: [
        'Taillez chaque année pour garder l’arbre aéré et ensoleillé.',
        'À l’automne, ramassez et détruisez les feuilles tombées.',
        'Par temps chaud et humide, inspectez les jeunes pousses chaque semaine.',
      ],
    },
    'Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot': {
      name: 'Cercosporiose du maïs (taches grises)',
      about:
        'Maladie due à un champignon (Cercospora zeae-maydis). Il survit dans les tiges et feuilles de maïs laissées au champ et se développe par temps chaud et humide, avec de longues rosées. Les feuilles meurent tôt et le rendement baisse.',
      symptoms: [
        'Taches longues, étroites et rectangulaires, limitées par les nervures',
        'Taches beiges à grises, parfois bordées de jaune',
        'Les taches se rejoignent et les feuilles sèchent, en commençant par le bas',
      ],
      treatment: [
        'Si les taches atteignent les feuilles du haut vers la floraison mâle, traitez avec un fongicide comme l’azoxystrobine ou le propiconazole. Respectez l’étiquette et la réglementation locale.',
        'Récoltez tôt si beaucoup de feuilles sont mortes, car les tiges risquent de verser.',
      ],
      prevention: [
        'Faites une rotation : pas de maïs après maïs ; semez des haricots ou une autre culture pendant une saison.',
        'Enfouissez ou enlevez les résidus de culture après la récolte.',
        'Semez des hybrides résistants sans trop serrer les plants.',
      ],
    },
    'Corn_(maize)___Common_rust_': {
      name: 'Rouille commune du maïs',
      about:
        'Maladie due à un champignon (Puccinia sorghi) dont les spores arrivent avec le vent. Elle infecte les feuilles par temps frais et humide. Souvent peu grave, elle peut réduire le rendement des variétés sensibles.',
      symptoms: [
        'Petites pustules en relief, brun cannelle et poudreuses, sur les deux faces de la feuille',
        'La poudre brune reste sur les doigts quand on frotte',
        'Les feuilles très atteintes jaunissent et sèchent',
      ],
      treatment: [
        'Dans la plupart des champs, aucun traitement n’est nécessaire.',
        'Sur variété sensible, si beaucoup de feuilles sont touchées avant la floraison mâle, traitez avec un triazole (par ex. propiconazole) ou l’azoxystrobine. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Semez des hybrides résistants à la rouille.',
        'Semez tôt pour que le maïs soit bien développé avant que la rouille ne s’installe.',
        'Apportez une fumure équilibrée pour garder des plants vigoureux.',
      ],
    },
    'Corn_(maize)___Northern_Leaf_Blight': {
      name: 'Helminthosporiose du maïs',
      about:
        'Maladie due à un champignon (Exserohilum turcicum). Il se conserve dans les résidus de maïs et se propage avec le vent et la pluie, par temps doux, humide et avec de fortes rosées. Une attaque précoce fait beaucoup baisser la récolte.',
      symptoms: [
        'Longues taches en forme de cigare, gris-vert à beiges, de 3 à 15 cm',
        'Les taches apparaissent sur les feuilles du bas puis montent',
        'Par temps humide, une moisissure gris foncé couvre les taches',
      ],
      treatment: [
        'Si les taches atteignent les feuilles du haut avant ou pendant la sortie des soies, traitez avec un fongicide (propiconazole, azoxystrobine ou mancozèbe). Respectez l’étiquette et la réglementation locale.',
        'Sur les petites parcelles, arrachez et détruisez les feuilles très atteintes.',
      ],
      prevention: [
        'Semez des hybrides résistants.',
        'Alternez avec une culture autre que le maïs, le sorgho ou d’autres graminées.',
        'Enfouissez ou enlevez les résidus après la récolte.',
      ],
    },
    'Corn_(maize)___healthy': {
      name: 'Feuille de maïs saine',
      about: 'Rien d’anormal sur cette feuille de maïs : elle paraît saine, sans maladie ni ravageur.',
      symptoms: [
        'Feuille d’un vert uniforme, sans tache, strie ni poudre',
        'Surveillez les pustules brunes (rouille), les taches grises allongées et les taches en cigare',
      ],
      treatment: ['Rien à traiter. Continuez comme vous le faites.'],
      prevention: [
        'Alternez le maïs avec des haricots ou d’autres cultures.',
        'Utilisez de bonnes semences d’hybrides résistants.',
        'Par temps chaud et humide, inspectez les feuilles du bas chaque semaine.',
      ],
    },
    Grape___Black_rot: {
      name: 'Black-rot de la vigne',
      about:
        'Maladie due à un champignon (Guignardia bidwellii). Il se conserve dans les baies momifiées et les sarments atteints, et se propage par les éclaboussures de pluie quand il fait chaud et humide. Il peut détruire une grappe entière.',
      symptoms: [
        'Taches rondes beiges à brunes sur les feuilles, avec un bord foncé et de petits points noirs',
        'Les baies brunissent puis se dessèchent en « momies » noires et dures',
        'Taches sombres et allongées sur les jeunes rameaux et les pétioles',
      ],
      treatment: [
        'Enlevez et détruisez les baies momifiées, les grappes atteintes et les sarments tachés.',
        'Traitez avec un fongicide (mancozèbe, captane ou myclobutanil) du début de la pousse jusqu’à environ 4 semaines après la floraison. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Avant le débourrement, retirez toutes les momies, sur les ceps comme au sol.',
        'Palissez et taillez pour que le feuillage sèche vite ; effeuillez autour des grappes.',
        'Arrachez les vignes sauvages près de la parcelle.',
      ],
    },
    'Grape___Esca_(Black_Measles)': {
      name: 'Esca de la vigne',
      about:
        'Maladie du bois causée par plusieurs champignons (dont Phaeomoniella chlamydospora). Ils entrent par les plaies de taille et dégradent peu à peu le tronc. Le cep peut dépérir pendant des années ou mourir d’un coup par forte chaleur.',
      symptoms: [
        'Feuilles « tigrées » : zones jaunes ou brun-rouge entre les nervures, qui sèchent ; seule une bande verte reste le long des nervures',
        'Petites taches violet foncé sur les baies',
        'Taches ou stries brunes dans le bois quand on coupe le tronc',
        'En été, un cep ou un bras peut flétrir et sécher brutalement',
      ],
      treatment: [
        'Aucun produit ne guérit l’esca.',
        'Marquez les ceps malades. Coupez les bras morts bien en dessous du bois atteint, ou refaites un tronc à partir d’un rejet sain.',
        'Arrachez les ceps morts ou très atteints et brûlez tout le bois coupé.',
      ],
      prevention: [
        'Taillez par temps sec et plutôt en fin de repos hivernal.',
        'Évitez les grosses coupes ; protégez les grandes plaies avec un mastic cicatrisant ou un produit homologué. Respectez l’étiquette et la réglementation locale.',
        'Désinfectez le sécateur entre les ceps et plantez des plants sains de pépinière.',
      ],
    },
    'Grape___Leaf_blight_(Isariopsis_Leaf_Spot)': {
      name: 'Brûlure des feuilles de la vigne (Isariopsis)',
      about:
        'Maladie due à un champignon (Pseudocercospora vitis). Il survit sur les feuilles tombées et se propage avec la pluie et le vent par temps chaud et humide. Les feuilles tombent tôt et la vigne s’affaiblit.',
      symptoms: [
        'Taches irrégulières brun-rouge foncé à noires sur les feuilles âgées, souvent bordées de jaune',
        'Les taches se rejoignent ; la feuille sèche et tombe avant l’heure',
        'Moisissure sombre, comme de la suie, au revers des taches',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles tachées et celles tombées au sol.',
        'Traitez avec un fongicide à base de cuivre ou du mancozèbe, surtout après la pluie. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Taillez et palissez pour que l’air circule dans le feuillage.',
        'Ramassez les feuilles tombées en fin de saison.',
        'N’arrosez pas sur le feuillage.',
      ],
    },
    Grape___healthy: {
      name: 'Feuille de vigne saine',
      about: 'Cette feuille de vigne a l’air saine : aucune trace de maladie ni de ravageur.',
      symptoms: [
        'Feuille d’un vert régulier, sans tache, strie ni poudre',
        'Restez attentif aux taches brunes à points noirs, à la poudre blanche ou aux plages jaunes',
      ],
      treatment: ['Aucun traitement utile pour le moment. Gardez vos bonnes pratiques.'],
      prevention: [
        'Taillez par temps sec et retirez les vieilles baies et le bois mort.',
        'Gardez un feuillage aéré qui sèche vite.',
        'En saison des pluies, inspectez feuilles et grappes chaque semaine.',
      ],
    },
    'Orange___Haunglongbing_(Citrus_greening)': {
      name: 'Verdissement des agrumes (Huanglongbing, HLB)',
      about:
        'Maladie bactérienne (Candidatus Liberibacter) transmise par un petit insecte, le psylle asiatique des agrumes, et par le greffage de bois infecté. Elle est incurable : l’arbre atteint dépérit et meurt en quelques années.',
      symptoms: [
        'Marbrures jaunes irrégulières, différentes de chaque côté de la nervure centrale',
        'Rameaux jaunes, petites feuilles dressées, branches qui sèchent',
        'Fruits petits, déformés et amers, qui restent verts à la base et tombent tôt',
      ],
      treatment: [
        'Il n’existe pas de traitement. Faites confirmer la maladie par le service agricole local.',
        'Abattez et arrachez les arbres malades, racines comprises, pour protéger les arbres sains.',
        'Avant l’arrachage, traitez l’arbre et ses voisins contre le psylle (par ex. imidaclopride, huile minérale ou huile de neem). Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Plantez uniquement des plants certifiés sains, venant d’une pépinière de confiance.',
        'Contrôlez chaque semaine les jeunes pousses et luttez contre le psylle, en accord avec vos voisins.',
        'Ne rapportez ni plants ni greffons d’agrumes d’une zone atteinte.',
        'Gardez les arbres sains bien nourris et bien arrosés.',
      ],
    },
    Peach___Bacterial_spot: {
      name: 'Tache bactérienne du pêcher',
      about:
        'Maladie due à une bactérie (Xanthomonas arboricola pv. pruni). Elle se conserve dans les chancres des rameaux et se propage avec la pluie poussée par le vent. Les feuilles tombent et les fruits sont abîmés.',
      symptoms: [
        'Petites taches anguleuses, d’aspect huileux, qui virent au violet puis au noir',
        'Le centre des taches tombe et laisse des trous (« criblure ») ; les feuilles jaunissent et tombent',
        'Taches creuses et sombres, avec des craquelures, sur les fruits',
      ],
      treatment: [
        'Par temps sec, coupez et détruisez les rameaux portant des chancres.',
        'Traitez au cuivre à la chute des feuilles et avant l’ouverture des bourgeons ; en saison, seulement à faible dose, car le cuivre brûle les feuilles du pêcher. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Plantez des variétés de pêcher résistantes.',
        'Installez des haies brise-vent ; évitez les terrains sableux très ventés.',
        'Fertilisez de façon équilibrée : trop d’azote aggrave la maladie.',
      ],
    },
    Peach___healthy: {
      name: 'Feuille de pêcher saine',
      about: 'La feuille de pêcher paraît en bonne santé. Pas de signe de maladie ni d’attaque de ravageurs.',
      symptoms: [
        'Feuilles vertes et lisses, sans trou, tache ni enroulement',
        'Guettez les petits trous, les feuilles rouges et boursouflées (cloque) ou les taches sur fruits',
      ],
      treatment: ['Inutile de traiter. Poursuivez vos soins habituels.'],
      prevention: [
        'Taillez chaque année pour aérer l’arbre et supprimer le bois mort.',
        'Ramassez les feuilles tombées et les fruits pourris.',
        'Inspectez les feuilles après des périodes de pluie et de vent.',
      ],
    },
    'Pepper,_bell___Bacterial_spot': {
      name: 'Gale bactérienne du poivron',
      about:
        'Maladie due à des bactéries (Xanthomonas). Elles arrivent avec des semences ou des débris de culture contaminés et se propagent par les éclaboussures d’eau, les mains et les outils. Par temps chaud et humide, les plants perdent leurs feuilles et les fruits sont tachés.',
      symptoms: [
        'Petites taches d’aspect huileux sur les feuilles, qui brunissent, souvent avec un halo jaune',
        'Les feuilles jaunissent et tombent',
        'Taches en relief, rugueuses comme une croûte, sur les fruits',
      ],
      treatment: [
        'Arrachez et détruisez les plants très atteints.',
        'Par temps humide, pulvérisez un produit à base de cuivre, souvent associé au mancozèbe, tous les 7 à 10 jours. Respectez l’étiquette et la réglementation locale.',
        'Ne travaillez pas dans la parcelle quand les plants sont mouillés.',
      ],
      prevention: [
        'Utilisez des semences certifiées saines ou traitées à l’eau chaude, et des plants sains.',
        'Choisissez des variétés résistantes.',
        'Rotation : ni poivron ni tomate sur la même parcelle pendant 2 à 3 ans.',
        'Arrosez au goutte-à-goutte ou au pied, sans mouiller les feuilles.',
      ],
    },
    'Pepper,_bell___healthy': {
      name: 'Feuille de poivron saine',
      about: 'Cette feuille de poivron semble saine ; aucun symptôme de maladie ni dégât de ravageur.',
      symptoms: [
        'Feuilles vert brillant, sans tache ni enroulement',
        'Surveillez les petites taches brunes, le jaunissement, la mosaïque ou les insectes sous les feuilles',
      ],
      treatment: ['Pas de traitement à prévoir. Continuez à bien entretenir vos plants.'],
      prevention: [
        'Utilisez des semences et des plants sains ; pratiquez la rotation.',
        'Arrosez au pied, le matin.',
        'Chaque semaine, regardez sous les feuilles : pucerons, aleurodes, acariens.',
      ],
    },
    Potato___Early_blight: {
      name: 'Alternariose de la pomme de terre',
      about:
        'Maladie due à un champignon (Alternaria solani). Il survit dans le sol et les débris de culture, et se propage par le vent et les éclaboussures, surtout par temps chaud avec des nuits humides. Elle commence sur les feuilles âgées ou affaiblies.',
      symptoms: [
        'Taches brun foncé avec des cercles comme une cible, sur les feuilles du bas',
        'Zone jaune autour des taches ; les feuilles sèchent et meurent',
        'Taches sombres, creuses et sèches sur les tubercules',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles du bas très tachées.',
        'Tant que les taches progressent, traitez tous les 7 à 14 jours avec un fongicide comme le mancozèbe, le chlorothalonil ou l’azoxystrobine. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Rotation : ni pomme de terre, ni tomate, ni aubergine sur la même parcelle pendant 2 à 3 ans.',
        'Plantez des semences certifiées et nourrissez bien les plants, surtout en azote.',
        'Arrosez au pied et détruisez les débris après la récolte.',
      ],
    },
    Potato___Late_blight: {
      name: 'Mildiou de la pomme de terre',
      about:
        'Maladie très grave causée par un oomycète (Phytophthora infestans). Par temps frais et humide, ses spores voyagent avec le vent et la pluie et peuvent détruire un champ en une ou deux semaines. Elle fait aussi pourrir les tubercules.',
      symptoms: [
        'Plages pâles, comme gorgées d’eau, qui brunissent ou noircissent vite, souvent au bout et au bord des feuilles',
        'Duvet blanc sous les feuilles les matins humides',
        'Taches brun foncé sur les tiges',
        'Pourriture sèche brun-rouge sous la peau des tubercules',
      ],
      treatment: [
        'Agissez tout de suite. Arrachez les plants malades, mettez-les dans un sac puis enterrez-les ou brûlez-les ; pas de compost.',
        'Par temps humide, protégez le reste du champ tous les 5 à 7 jours avec un fongicide (mancozèbe, chlorothalonil ou cuivre, ou un mélange avec du métalaxyl-M ou du cymoxanil). Respectez l’étiquette et la réglementation locale.',
        'Coupez et enlevez les fanes 2 à 3 semaines avant la récolte pour que les spores n’atteignent pas les tubercules.',
      ],
      prevention: [
        'Plantez des semences certifiées et des variétés résistantes.',
        'Buttez bien les plants pour protéger les tubercules.',
        'Détruisez les tas de déchets et les repousses de pomme de terre.',
        'N’arrosez pas sur les feuilles ; espacez les rangs pour aérer.',
      ],
    },
    Potato___healthy: {
      name: 'Feuille de pomme de terre saine',
      about:
        'Cette feuille de pomme de terre est saine en apparence : pas de maladie ni de ravageur détecté.',
      symptoms: [
        'Feuilles d’un vert régulier, sans tache ni plage sombre',
        'Après une pluie fraîche, guettez les taches brunes en cible ou les plages sombres d’aspect mouillé',
      ],
      treatment: ['Aucun traitement nécessaire pour l’instant. Maintenez vos bonnes pratiques.'],
      prevention: [
        'Plantez des semences certifiées et pratiquez la rotation.',
        'Buttez les plants.',
        'Par temps frais et humide, inspectez le champ deux fois par semaine pour repérer le mildiou.',
      ],
    },
    Raspberry___healthy: {
      name: 'Feuille de framboisier saine',
      about: 'Feuille de framboisier en bonne santé apparente, sans symptôme de maladie ni de ravageur.',
      symptoms: [
        'Feuilles vertes, sans tache, rouille ni marbrure jaune',
        'Restez attentif à la rouille orange, aux taches violettes sur les cannes ou aux pointes qui flétrissent',
      ],
      treatment: ['Aucun traitement requis. Gardez votre routine d’entretien.'],
      prevention: [
        'Après la récolte, coupez les vieilles cannes et éclaircissez les nouvelles pour aérer.',
        'Gardez des rangs étroits et désherbés.',
        'Arrosez au pied et plantez des plants certifiés sains.',
      ],
    },
    Soybean___healthy: {
      name: 'Feuille de soja saine',
      about: 'Cette feuille de soja paraît saine. Aucune trace de maladie ni d’insecte nuisible.',
      symptoms: [
        'Folioles d’un vert régulier, sans tache ni rouille',
        'Surveillez les taches brunes, les pustules de rouille, la mosaïque jaune et les dégâts d’insectes',
      ],
      treatment: ['Pas besoin de traitement. Continuez le suivi de la culture.'],
      prevention: [
        'Alternez le soja avec le maïs ou d’autres cultures.',
        'Semez de bonnes semences de variétés adaptées et résistantes.',
        'Désherbez et inspectez la culture chaque semaine.',
      ],
    },
    Squash___Powdery_mildew: {
      name: 'Oïdium de la courge',
      about:
        'Maladie due à un champignon (surtout Podosphaera xanthii). Ses spores sont portées par le vent et se développent par temps chaud et très humide, même sans pluie. Les feuilles meurent tôt et les fruits restent plus petits.',
      symptoms: [
        'Taches blanches et poudreuses sur les feuilles et les tiges, d’abord sur les feuilles âgées',
        'Les taches s’étendent jusqu’à couvrir la feuille comme de la farine',
        'Les feuilles jaunissent, puis brunissent et sèchent',
      ],
      treatment: [
        'Supprimez les feuilles les plus atteintes.',
        'Dès les premières taches, pulvérisez du soufre, du bicarbonate de potassium, de l’huile de neem ou un fongicide comme le myclobutanil, à renouveler selon l’étiquette. Respectez l’étiquette et la réglementation locale.',
        'Alternez les familles de fongicides pour éviter les résistances.',
      ],
      prevention: [
        'Choisissez des variétés résistantes.',
        'Espacez bien les plants et cultivez-les en plein soleil.',
        'Après la récolte, enlevez et détruisez les restes de culture.',
      ],
    },
    Strawberry___Leaf_scorch: {
      name: 'Brûlure des feuilles du fraisier',
      about:
        'Maladie due à un champignon (Diplocarpon earlianum). Il survit sur les vieilles feuilles malades et se propage par les éclaboussures de pluie. Les plants très atteints s’affaiblissent et produisent moins.',
      symptoms: [
        'Nombreuses petites taches violet foncé sur le dessus des feuilles',
        'Les taches n’ont pas de centre clair et finissent par se rejoindre',
        'Les feuilles deviennent brun-violet, sèchent et s’enroulent comme brûlées',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles malades.',
        'Après la récolte, fauchez le vieux feuillage et sortez-le de la parcelle.',
        'Par temps humide, traitez dès le début du printemps avec un fongicide comme le captane ou le myclobutanil. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Plantez des plants certifiés sains de variétés résistantes.',
        'Espacez les plants, désherbez et arrosez au goutte-à-goutte.',
        'Replantez la fraiseraie ailleurs tous les 3 à 4 ans.',
      ],
    },
    Strawberry___healthy: {
      name: 'Feuille de fraisier saine',
      about: 'Feuille de fraisier apparemment saine : on ne voit ni maladie ni dégât de ravageur.',
      symptoms: [
        'Feuilles vertes, sans taches violettes ni bords desséchés',
        'Guettez les taches violettes, la poudre blanche ou la pourriture grise sur les fruits',
      ],
      treatment: ['Aucune intervention nécessaire. Continuez ainsi.'],
      prevention: [
        'Supprimez les vieilles feuilles après la récolte.',
        'Paillez (paille ou plastique) pour que les fruits ne touchent pas la terre.',
        'Arrosez au goutte-à-goutte, ou au pied le matin.',
      ],
    },
    Tomato___Bacterial_spot: {
      name: 'Gale bactérienne de la tomate',
      about:
        'Maladie due à des bactéries (Xanthomonas). Elles arrivent avec des semences, des plants ou des débris contaminés et se propagent par les éclaboussures d’eau, les mains et les outils. Le temps chaud et humide l’aggrave.',
      symptoms: [
        'Petites taches sombres d’aspect graisseux sur les feuilles, parfois avec un halo jaune',
        'Les taches se rejoignent ; les feuilles jaunissent et tombent',
        'Petites croûtes en relief, rugueuses, sur les fruits verts',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles et les plants très atteints.',
        'Par temps humide, pulvérisez un produit à base de cuivre, souvent associé au mancozèbe, tous les 7 à 10 jours. Respectez l’étiquette et la réglementation locale.',
        'Ne manipulez pas les plants mouillés.',
      ],
      prevention: [
        'Utilisez des semences certifiées ou traitées à l’eau chaude, et des plants sains.',
        'Rotation : ni tomate ni poivron sur la même parcelle pendant 2 à 3 ans.',
        'Arrosez au goutte-à-goutte ou au pied ; tuteurez les plants.',
      ],
    },
    Tomato___Early_blight: {
      name: 'Alternariose de la tomate',
      about:
        'Maladie due à des champignons (Alternaria). Ils survivent dans le sol et les débris de culture et se propagent par le vent et les éclaboussures, surtout par temps chaud avec des nuits humides. Elle commence sur les feuilles les plus vieilles.',
      symptoms: [
        'Taches brunes avec des cercles en cible sur les feuilles du bas',
        'Zone jaune autour des taches ; les feuilles meurent et tombent',
        'Taches sombres et creuses sur les tiges et près du pédoncule des fruits',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles du bas tachées.',
        'Tant que la maladie progresse, traitez tous les 7 à 14 jours avec un fongicide (chlorothalonil, mancozèbe ou azoxystrobine). Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Rotation : ni tomate, ni pomme de terre, ni aubergine sur la même parcelle pendant 2 à 3 ans.',
        'Paillez le sol et tuteurez pour que les feuilles ne touchent pas la terre.',
        'Arrosez au pied et nourrissez bien les plants.',
      ],
    },
    Tomato___Late_blight: {
      name: 'Mildiou de la tomate',
      about:
        'Maladie très grave causée par un oomycète (Phytophthora infestans). Par temps frais et humide, elle se propage vite avec le vent et la pluie et peut tuer les plants en quelques jours. C’est la même maladie que le mildiou de la pomme de terre.',
      symptoms: [
        'Grandes plages gris-vert, d’aspect graisseux, qui brunissent sur les feuilles',
        'Duvet blanc sous les feuilles par temps humide',
        'Taches brun foncé sur les tiges',
        'Taches brunes, fermes et marbrées sur les fruits',
      ],
      treatment: [
        'Agissez tout de suite. Arrachez les plants malades, mettez-les en sac puis enterrez-les ou brûlez-les ; pas de compost.',
        'Par temps humide, protégez les plants sains tous les 5 à 7 jours avec un fongicide (mancozèbe, chlorothalonil ou cuivre, ou un mélange avec du métalaxyl-M ou du cymoxanil). Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Choisissez des variétés résistantes et des plants sains.',
        'Ne plantez pas les tomates à côté des pommes de terre.',
        'Espacez et tuteurez les plants ; arrosez au pied le matin.',
      ],
    },
    Tomato___Leaf_Mold: {
      name: 'Cladosporiose de la tomate',
      about:
        'Maladie due à un champignon (Passalora fulva) qui se développe quand l’air est très humide, surtout en serre et sous tunnel. Les spores se propagent par l’air, les mains et les outils.',
      symptoms: [
        'Taches vert pâle ou jaunes sur le dessus des feuilles',
        'Feutrage vert olive à brun sous les taches',
        'Les feuilles s’enroulent, se fanent et tombent, en commençant par le bas',
      ],
      treatment: [
        'Baissez l’humidité : ouvrez et aérez la serre, ne mouillez plus le feuillage.',
        'Enlevez et détruisez les feuilles malades ; effeuillez le bas des plants pour aérer.',
        'Traitez avec un fongicide comme le chlorothalonil, le mancozèbe ou un produit à base de cuivre. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Choisissez des variétés résistantes.',
        'Espacez les plants et supprimez les gourmands pour que l’air circule.',
        'Nettoyez la serre et enlevez les débris de culture après chaque cycle.',
      ],
    },
    Tomato___Septoria_leaf_spot: {
      name: 'Septoriose de la tomate',
      about:
        'Maladie due à un champignon (Septoria lycopersici). Il survit sur les débris de culture et sur les mauvaises herbes de la famille de la tomate, et se propage par les éclaboussures d’eau. Elle part des feuilles du bas et peut défeuiller le plant.',
      symptoms: [
        'Nombreuses petites taches rondes, bord foncé et centre gris ou beige',
        'Minuscules points noirs au centre des taches',
        'Les feuilles du bas jaunissent, sèchent et tombent',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles du bas tachées.',
        'Par temps humide, traitez tous les 7 à 10 jours avec un fongicide (chlorothalonil, mancozèbe ou cuivre). Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Pratiquez une rotation d’au moins 2 ans et enlevez les débris de culture.',
        'Paillez, tuteurez et arrosez au pied.',
        'Arrachez la morelle noire et les autres adventices de la famille de la tomate.',
      ],
    },
    'Tomato___Spider_mites Two-spotted_spider_mite': {
      name: 'Tétranyque tisserand (araignée rouge)',
      about:
        'Ce n’est pas une maladie mais un ravageur : de minuscules acariens (Tetranychus urticae) qui sucent la sève sous les feuilles. Ils pullulent par temps chaud, sec et poussiéreux.',
      symptoms: [
        'Petits points jaunes ou blancs sur les feuilles',
        'Fines toiles sous les feuilles et entre les tiges',
        'Les feuilles bronzent ou jaunissent, sèchent et tombent',
        'Minuscules points qui bougent sous la feuille (regardez à la loupe)',
      ],
      treatment: [
        'Pulvérisez un jet d’eau puissant sous les feuilles pour déloger les acariens.',
        'Pulvérisez de l’huile de neem, du savon insecticide ou une huile horticole en mouillant bien le revers des feuilles ; recommencez tous les 5 à 7 jours.',
        'Si l’infestation persiste, utilisez un acaricide (abamectine ou bifénazate) en changeant de produit d’un traitement à l’autre. Respectez l’étiquette et la réglementation locale.',
        'Évitez les insecticides à large spectre comme les pyréthrinoïdes : ils tuent les ennemis naturels des acariens.',
      ],
      prevention: [
        'Arrosez régulièrement : un plant assoiffé attire les acariens.',
        'Limitez la poussière et les mauvaises herbes autour de la parcelle.',
        'Par temps chaud et sec, regardez sous les feuilles chaque semaine.',
        'Protégez les auxiliaires comme les acariens prédateurs et les coccinelles.',
      ],
    },
    Tomato___Target_Spot: {
      name: 'Corynesporiose de la tomate (tache cible)',
      about:
        'Maladie due à un champignon (Corynespora cassiicola). Il survit sur les débris de culture et se propage par le vent et les éclaboussures, par temps chaud et humide. Il tue les feuilles et peut tacher les fruits.',
      symptoms: [
        'Petites taches brunes qui deviennent des taches rondes à cercles concentriques et centre clair',
        'Halo jaune autour des taches ; les feuilles sèchent et tombent',
        'Taches brunes et creuses sur les fruits, parfois fendues',
      ],
      treatment: [
        'Enlevez et détruisez les feuilles du bas atteintes.',
        'Par temps humide, traitez tous les 7 à 14 jours avec un fongicide (chlorothalonil, mancozèbe ou azoxystrobine). Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Effeuillez le bas des plants et espacez-les pour aérer.',
        'Pratiquez la rotation et enlevez les débris après la récolte.',
        'Arrosez au pied, sans mouiller le feuillage.',
      ],
    },
    Tomato___Tomato_Yellow_Leaf_Curl_Virus: {
      name: 'Virus des feuilles jaunes en cuillère de la tomate (TYLCV)',
      about:
        'Virus transmis par les aleurodes, ou mouches blanches (Bemisia tabaci). Il ne passe ni par la semence ni par le contact. Un plant infecté jeune reste petit et ne donne presque pas de fruits.',
      symptoms: [
        'Feuilles petites, recourbées vers le haut en cuillère, avec les bords jaunes',
        'Plant rabougri et touffu',
        'Les fleurs tombent et peu de fruits se forment',
      ],
      treatment: [
        'Aucun traitement ne guérit le virus. Arrachez tôt les plants malades, enfermez-les dans un sac pour que les aleurodes ne s’envolent pas, puis détruisez-les.',
        'Luttez contre les aleurodes avec des pièges jaunes englués, de l’huile de neem ou du savon insecticide.',
        'En cas de forte population, utilisez un insecticide comme le pyriproxyfène ou un néonicotinoïde, en alternant les produits. Respectez l’étiquette et la réglementation locale.',
      ],
      prevention: [
        'Plantez des variétés de tomate résistantes (gènes Ty).',
        'Élevez les plants en pépinière sous filet anti-insectes.',
        'Éliminez les mauvaises herbes et les vieilles cultures qui hébergent les aleurodes ; ne plantez pas près d’un champ atteint.',
      ],
    },
    Tomato___Tomato_mosaic_virus: {
      name: 'Virus de la mosaïque de la tomate (ToMV)',
      about:
        'Virus très résistant (ToMV) qui se transmet par contact : mains, outils, vêtements, semences et débris de plants infectés. Il reste actif pendant des années dans les débris secs.',
      symptoms: [
        'Marbrure vert clair et vert foncé (mosaïque) sur les feuilles',
        'Feuilles déformées, étroites, comme des feuilles de fougère',
        'Plants rabougris ; fruits qui mûrissent mal, avec des zones brunes à l’intérieur',
      ],
      treatment: [
        'Ce virus ne se soigne pas. Arrachez et détruisez les plants atteints ; ne les compostez pas.',
        'Après avoir touché un plant malade, lavez-vous les mains au savon et désinfectez les outils (par ex. à l’eau de Javel diluée).',
        'Travaillez d’abord sur les plants sains, et en dernier sur les malades.',
      ],
      prevention: [
        'Utilisez des semences certifiées et des variétés résistantes.',
        'Ne fumez pas et ne manipulez pas de tabac près des tomates.',
        'Pratiquez la rotation et enlevez tous les débris après la récolte.',
      ],
    },
    Tomato___healthy: {
      name: 'Feuille de tomate saine',
      about: 'Cette feuille de tomate semble saine. Aucun signe de maladie ni de ravageur n’est visible.',
      symptoms: [
        'Feuilles d’un vert régulier, sans tache, enroulement ni marbrure',
        'Surveillez les taches brunes, les feuilles jaunes enroulées, les toiles ou la moisissure sous les feuilles',
      ],
      treatment: ['Aucun traitement à faire. Continuez vos bons gestes.'],
      prevention: [
        'Tuteurez, paillez et arrosez au pied.',
        'Pratiquez la rotation et enlevez les débris de culture après la récolte.',
        'Inspectez les feuilles, dessus et dessous, chaque semaine.',
      ],
    },
  },
};
