import type { LanguageAdvice } from './recommendation.ts';

export const es: LanguageAdvice = {
  crops: {
    apple: 'Manzana',
    blueberry: 'Arándano',
    cherry: 'Cereza',
    corn: 'Maíz',
    grape: 'Uva',
    orange: 'Naranja',
    peach: 'Durazno',
    pepper: 'Pimiento morrón',
    potato: 'Papa',
    raspberry: 'Frambuesa',
    soybean: 'Soya',
    squash: 'Calabaza',
    strawberry: 'Fresa',
    tomato: 'Tomate',
  },
  classes: {
    Apple___Apple_scab: {
      name: 'Sarna del manzano',
      about:
        'Enfermedad causada por el hongo Venturia inaequalis, que pasa el invierno en las hojas caídas. En primavera, con las lluvias, sus esporas llegan a las hojas y frutos nuevos; mancha la fruta y baja su valor en el mercado.',
      symptoms: [
        'Manchas verde oliva a cafés, de aspecto aterciopelado, en las hojas',
        'Las hojas manchadas se ponen amarillas y caen antes de tiempo',
        'Costras oscuras y ásperas en los frutos, que pueden rajarse o deformarse',
      ],
      treatment: [
        'Pode las ramas enfermas y junte las hojas y frutos caídos para destruirlos o enterrarlos.',
        'En primavera lluviosa, aplique un fungicida como captan, mancozeb o difenoconazol desde la brotación hasta la caída de pétalos.',
        'Siga la etiqueta y las normas locales en dosis e intervalos; no repita siempre el mismo producto.',
      ],
      prevention: [
        'Plante variedades resistentes a la sarna.',
        'En otoño retire las hojas caídas o rocíelas con urea al 5 % para que se pudran rápido.',
        'Pode para que entren aire y sol a la copa; no riegue por aspersión sobre el follaje.',
      ],
    },
    Apple___Black_rot: {
      name: 'Pudrición negra del manzano',
      about:
        'La causa el hongo Botryosphaeria obtusa, que vive en madera muerta, chancros de las ramas y frutos secos (momias) que quedan en el árbol. Se dispersa con las salpicaduras de lluvia y daña hojas, frutos y ramas.',
      symptoms: [
        'Manchas moradas pequeñas en las hojas que crecen con centro café y borde morado ("ojo de rana")',
        'Pudrición café en el fruto, desde la punta de la flor, con anillos; luego se ennegrece y se arruga',
        'Chancros hundidos de color café rojizo en las ramas',
      ],
      treatment: [
        'Quite los frutos momificados del árbol y del suelo, y destrúyalos.',
        'En tiempo seco, corte las ramas muertas o con chancro 15 cm por debajo del daño, y quémelas o entiérrelas.',
        'En temporadas lluviosas, aplique un fungicida como captan o tiofanato-metílico desde la floración. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Mantenga el huerto libre de madera muerta, restos de poda y fruta vieja.',
        'Evite heridas en la corteza y los frutos, y controle los insectos que los dañan: el hongo entra por las heridas.',
        'Mantenga los árboles vigorosos con buena fertilización y riego.',
      ],
    },
    Apple___Cedar_apple_rust: {
      name: 'Roya del cedro y el manzano',
      about:
        'La causa el hongo Gymnosporangium juniperi-virginianae, que necesita dos plantas para completar su ciclo: el manzano y el enebro (cedro rojo). En primavera, con lluvia, las agallas anaranjadas del enebro sueltan esporas que el viento lleva a varios kilómetros.',
      symptoms: [
        'Manchas redondas de color amarillo a anaranjado brillante en el haz de las hojas',
        'Más tarde, puntos negros en el centro y pequeños tubitos en el envés de la hoja',
        'Con ataques fuertes, las hojas caen antes de tiempo y los frutos también se manchan',
      ],
      treatment: [
        'Las manchas ya formadas no se curan. Para frenar nuevas infecciones, aplique un fungicida como miclobutanil o mancozeb desde botón rosado hasta 2 o 3 semanas después de la caída de pétalos.',
        'Siga la etiqueta y las normas locales en dosis e intervalos.',
      ],
      prevention: [
        'Plante variedades de manzano resistentes a la roya.',
        'Elimine los enebros cercanos al huerto o corte sus agallas en invierno y destrúyalas.',
        'Revise las hojas después de cada lluvia de primavera.',
      ],
    },
    Apple___healthy: {
      name: 'Hoja de manzano sana',
      about:
        'La hoja de manzano se ve sana, sin señales de enfermedades ni plagas. Siga con el manejo habitual y revise el huerto cada semana.',
      symptoms: [
        'Hoja de color verde parejo, lisa y sin manchas',
        'Después de las lluvias de primavera, vigile manchas verde oliva (sarna) o anaranjadas (roya)',
        'Revise también ramas secas y chancros en la corteza',
      ],
      treatment: ['No necesita tratamiento. No aplique productos sin necesidad.'],
      prevention: [
        'Pode en invierno y retire la madera muerta y las hojas caídas.',
        'Fertilice de forma equilibrada y riegue en época seca.',
        'Programe las aplicaciones preventivas según las recomendaciones técnicas de su zona.',
      ],
    },
    Blueberry___healthy: {
      name: 'Hoja de arándano sana',
      about:
        'La hoja de arándano se ve sana y no muestra síntomas de enfermedad. El arándano necesita suelo ácido (pH 4,5 a 5,5) y con buen drenaje.',
      symptoms: [
        'Hoja verde, lisa y sin manchas',
        'Si la hoja se pone amarilla con las venas verdes, el pH del suelo puede estar alto (falta de hierro)',
        'Vigile manchas café rojizas, brotes marchitos y frutos arrugados',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Cubra el suelo alrededor de las plantas con corteza o aserrín (acolchado) para conservar la humedad.',
        'Riegue temprano y al pie de la planta, sin mojar las hojas.',
        'Cada año pode las ramas viejas o enfermas y recoja la fruta podrida caída.',
      ],
    },
    'Cherry_(including_sour)___Powdery_mildew': {
      name: 'Oídio (cenicilla) del cerezo',
      about:
        'Lo causa el hongo Podosphaera clandestina, cuyas esporas se dispersan con el viento. Lo favorecen los días cálidos y las noches húmedas, y a diferencia de otros hongos no necesita lluvia para propagarse.',
      symptoms: [
        'Manchas blancas de polvo, como harina, en las hojas nuevas',
        'Las hojas se enroscan hacia arriba, se arrugan y dejan de crecer',
        'Los frutos también pueden cubrirse de polvo blanco y perder valor',
      ],
      treatment: [
        'Corte los brotes muy afectados y sáquelos del huerto para destruirlos.',
        'Aplique azufre mojable, bicarbonato de potasio, aceite de neem o un fungicida como miclobutanil. No use azufre con más de 32 °C.',
        'Alterne productos y siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Pode para mantener la copa abierta, con buena entrada de aire y sol.',
        'No abuse del nitrógeno: produce brotes tiernos que se enferman fácilmente.',
        'Elimine los chupones de la base y no moje el follaje con aspersores.',
      ],
    },
    'Cherry_(including_sour)___healthy': {
      name: 'Hoja de cerezo sana',
      about:
        'La hoja de cerezo se ve sana, sin señales de enfermedades ni plagas. Continúe con el cuidado y la revisión regular del árbol.',
      symptoms: [
        'Hoja verde intenso, lisa y bien extendida',
        'Vigile polvo blanco (oídio) en las hojas nuevas',
        'Atención si aparecen manchas moradas pequeñas o agujeros en las hojas (tiro de munición)',
      ],
      treatment: ['No necesita tratamiento. Evite aplicar productos sin motivo.'],
      prevention: [
        'Pode en reposo invernal para que el árbol quede abierto y aireado.',
        'Recoja y destruya las hojas caídas y la fruta podrida.',
        'Riegue al pie del árbol y fertilice de forma equilibrada.',
      ],
    },
    'Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot': {
      name: 'Mancha gris de la hoja del maíz (Cercospora)',
      about:
        'La causa el hongo Cercospora zeae-maydis, que sobrevive en los rastrojos de maíz. Con clima cálido, húmedo y hojas mojadas por muchas horas, se dispersa con el viento y la lluvia, y puede bajar mucho el rendimiento.',
      symptoms: [
        'Manchas alargadas y rectangulares, de gris a café, limitadas por las venas de la hoja',
        'Aparecen primero en las hojas de abajo y luego suben',
        'Las manchas se juntan y secan la hoja completa',
      ],
      treatment: [
        'Si en la floración (salida de la espiga) la enfermedad ya está en las hojas de arriba, aplique un fungicida como azoxistrobina, piraclostrobina o propiconazol.',
        'Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Siembre híbridos resistentes.',
        'Rote cultivos: al menos una temporada sin maíz en el mismo lote.',
        'Después de la cosecha, incorpore los rastrojos al suelo.',
        'No siembre demasiado denso, para que las hojas se sequen rápido.',
      ],
    },
    'Corn_(maize)___Common_rust_': {
      name: 'Roya común del maíz',
      about:
        'La causa el hongo Puccinia sorghi, cuyas esporas viajan largas distancias con el viento. La favorecen el clima fresco (16 a 23 °C), la humedad y el rocío abundante.',
      symptoms: [
        'Pústulas pequeñas, abultadas, de polvo color canela en ambas caras de la hoja',
        'Al frotarlas, dejan un polvo café como óxido en los dedos',
        'Con ataques fuertes las hojas amarillean y se secan; al final de la temporada las pústulas se vuelven negras',
      ],
      treatment: [
        'En híbridos resistentes casi nunca hace falta tratar.',
        'Si antes de la floración hay muchas pústulas en las hojas de arriba, aplique un fungicida como mancozeb, propiconazol o azoxistrobina. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Siembre híbridos resistentes a la roya.',
        'Siembre a tiempo para que el cultivo avance antes del clima fresco y húmedo.',
        'Revise el lote con frecuencia, sobre todo en días frescos y con rocío.',
      ],
    },
    'Corn_(maize)___Northern_Leaf_Blight': {
      name: 'Tizón foliar del norte (tizón de la hoja del maíz)',
      about:
        'Lo causa el hongo Exserohilum turcicum, que sobrevive en los rastrojos. Con temperaturas moderadas (18 a 27 °C), rocío prolongado y humedad, sus esporas se dispersan con el viento y la lluvia; si ataca antes de la floración, las pérdidas son grandes.',
      symptoms: [
        'Manchas alargadas en forma de puro, de 3 a 15 cm, color gris verdoso a café',
        'Empiezan en las hojas de abajo y luego suben',
        'Con humedad se ve un moho oscuro sobre las manchas; las hojas parecen quemadas',
      ],
      treatment: [
        'Si cerca de la floración la enfermedad llega a las hojas de arriba, aplique un fungicida como mancozeb, propiconazol o azoxistrobina.',
        'Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Siembre híbridos resistentes.',
        'Rote cultivos e incorpore los rastrojos después de la cosecha.',
        'Fertilice de forma equilibrada, sin que falte potasio.',
      ],
    },
    'Corn_(maize)___healthy': {
      name: 'Hoja de maíz sana',
      about:
        'La hoja de maíz se ve sana y no muestra síntomas de enfermedad. Siga revisando el cultivo cada semana.',
      symptoms: [
        'Hoja de color verde parejo, sin manchas ni pústulas',
        'Vigile en las hojas de abajo manchas grises alargadas, manchas en forma de puro o pústulas de roya',
        'Revise también el cogollo: hojas comidas y excremento como aserrín indican gusano cogollero',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Use semilla certificada e híbridos recomendados para su zona.',
        'Rote cultivos y fertilice de forma equilibrada.',
        'Mantenga buen drenaje y controle las malezas.',
      ],
    },
    Grape___Black_rot: {
      name: 'Pudrición negra de la vid',
      about:
        'La causa el hongo Guignardia bidwellii, que pasa el invierno en las uvas momificadas y en los sarmientos enfermos. Con clima cálido y lluvioso, sus esporas se dispersan con la lluvia y el viento, y puede destruir toda la cosecha.',
      symptoms: [
        'Manchas pequeñas, redondas, café rojizas con borde oscuro y puntitos negros en el centro',
        'Las uvas se ponen blanquecinas o cafés y luego se secan como pasas negras y duras (momias)',
        'Manchas negras alargadas en brotes y pecíolos',
      ],
      treatment: [
        'Retire todas las momias, racimos y brotes enfermos y destrúyalos fuera del viñedo.',
        'Aplique un fungicida como mancozeb, captan o miclobutanil desde la brotación hasta 4 semanas después de la floración. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'En la poda, elimine todas las uvas secas y la madera enferma.',
        'Mantenga el follaje abierto para que hojas y racimos se sequen rápido.',
        'Mantenga limpio de malezas debajo de las plantas.',
      ],
    },
    'Grape___Esca_(Black_Measles)': {
      name: 'Yesca de la vid (sarampión negro)',
      about:
        'Es una enfermedad de la madera causada por varios hongos, como Phaeomoniella chlamydospora y Phaeoacremonium. Entran por las heridas de poda y debilitan la planta durante años; no tiene cura.',
      symptoms: [
        'Hojas con franjas amarillas o rojizas entre las venas que se secan, como piel de tigre',
        'Pequeñas manchas oscuras, moradas a negras, en las uvas; los granos pueden rajarse o secarse',
        'Al cortar el tronco, manchas oscuras en la madera; a veces la planta entera se seca de golpe en verano',
      ],
      treatment: [
        'No hay tratamiento químico que la cure. Arranque las plantas muertas o muy enfermas y quémelas fuera del viñedo.',
        'En plantas poco afectadas, corte el tronco hasta madera sana y forme un tronco nuevo con un brote de la base.',
        'Proteja los cortes grandes de poda con pasta cicatrizante o un fungicida autorizado para heridas. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Pode en tiempo seco y evite cortes grandes.',
        'Desinfecte las tijeras entre planta y planta (por ejemplo, con alcohol al 70 %).',
        'Compre plantas sanas de viveros certificados.',
      ],
    },
    'Grape___Leaf_blight_(Isariopsis_Leaf_Spot)': {
      name: 'Tizón de la hoja de la vid (mancha por Isariopsis)',
      about:
        'Lo causa el hongo Pseudocercospora vitis (antes llamado Isariopsis). Con clima cálido y húmedo sus esporas se dispersan con el viento y la lluvia; suele atacar las hojas viejas al final de la temporada y las hace caer antes de tiempo.',
      symptoms: [
        'Manchas irregulares de color café rojizo oscuro a negro en las hojas',
        'En el envés, un moho oscuro sobre las manchas',
        'Las manchas se juntan, la hoja se seca y cae antes de tiempo',
      ],
      treatment: [
        'Quite las hojas enfermas y destrúyalas fuera del viñedo.',
        'Aplique un fungicida como mancozeb, oxicloruro de cobre o caldo bordelés. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Mantenga el follaje abierto; quite brotes y hojas en exceso.',
        'No riegue por aspersión; prefiera el riego por goteo.',
        'Recoja y destruya las hojas caídas, y fertilice de forma equilibrada.',
      ],
    },
    Grape___healthy: {
      name: 'Hoja de vid sana',
      about:
        'La hoja de vid se ve sana y no muestra síntomas de enfermedad. Siga revisando el viñedo con regularidad, sobre todo después de las lluvias.',
      symptoms: [
        'Hoja verde, sin manchas ni polvo blanco',
        'Vigile manchas amarillas aceitosas en el haz con pelusa blanca en el envés (mildiu)',
        'Atención también al polvo blanco (oídio) y a manchas café o negras',
      ],
      treatment: ['No necesita tratamiento. No aplique productos sin necesidad.'],
      prevention: [
        'Mantenga el follaje abierto y bien aireado.',
        'En la poda, retire la madera enferma y los racimos secos.',
        'Programe las aplicaciones preventivas según las recomendaciones técnicas de su zona.',
      ],
    },
    'Orange___Haunglongbing_(Citrus_greening)': {
      name: 'Huanglongbing (HLB, enverdecimiento de los cítricos)',
      about:
        'Enfermedad causada por la bacteria Candidatus Liberibacter asiaticus, que vive en los conductos de savia del árbol. La transmiten el psílido asiático de los cítricos (Diaphorina citri) y las yemas o plantas infectadas; no tiene cura y el árbol enfermo decae hasta morir.',
      symptoms: [
        'Moteado amarillo disparejo en las hojas, distinto a cada lado de la vena central (no simétrico como una deficiencia de nutrientes)',
        'Ramas enteras amarillas; hojas pequeñas y erguidas',
        'Frutos pequeños, deformes, amargos y que quedan verdes en la punta; caída de fruta y muerte de ramas',
      ],
      treatment: [
        'No tiene cura. Cuando se confirme, arranque el árbol enfermo de raíz y destrúyalo para que no contagie al resto del huerto.',
        'Antes de arrancarlo, aplíquele un insecticida contra el psílido para que los insectos no vuelen a otros árboles.',
        'Controle el psílido en cada brotación con imidacloprid, tiametoxam, aceite mineral o aceite de neem; alterne productos y siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Plante solo árboles de viveros certificados libres de la enfermedad.',
        'Revise cada brotación buscando psílidos (insectos pequeños cafés que se posan inclinados) y use trampas amarillas pegajosas.',
        'No siembre limonaria o mirto (Murraya) cerca del huerto: es planta preferida del psílido.',
        'Coordine el control del psílido con sus vecinos para aplicar al mismo tiempo.',
      ],
    },
    Peach___Bacterial_spot: {
      name: 'Mancha bacteriana del durazno',
      about:
        'La causa la bacteria Xanthomonas arboricola pv. pruni, que pasa el invierno en chancros de las ramitas. Con clima cálido, húmedo y con viento fuerte, se dispersa con las salpicaduras de lluvia hacia hojas y frutos.',
      symptoms: [
        'Manchas pequeñas y angulosas en las hojas, primero como mojadas y luego café moradas',
        'El centro de la mancha se cae y deja un agujero (tiro de munición); las hojas amarillean y caen',
        'Frutos con manchas pequeñas hundidas y grietas',
      ],
      treatment: [
        'Aplique un bactericida a base de cobre antes de la brotación y al inicio de la temporada. Sobre hojas no pase la dosis de la etiqueta porque el cobre puede quemarlas.',
        'Corte y destruya las ramitas enfermas. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Plante variedades resistentes.',
        'Ponga cortinas rompevientos alrededor del huerto.',
        'No abuse del nitrógeno y pode para mantener el árbol aireado.',
      ],
    },
    Peach___healthy: {
      name: 'Hoja de durazno sana',
      about:
        'La hoja de durazno se ve sana y no muestra síntomas de enfermedad. Continúe con el cuidado y la revisión regular del árbol.',
      symptoms: [
        'Hoja verde, lisa, sin manchas ni agujeros',
        'En primavera vigile hojas rojizas, abultadas y enroscadas (torque o lepra)',
        'Atención a manchas moradas pequeñas con agujeros (mancha bacteriana)',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Pode en invierno y retire las ramitas enfermas.',
        'Recoja la fruta y las hojas caídas.',
        'Fertilice de forma equilibrada y riegue al pie del árbol.',
      ],
    },
    'Pepper,_bell___Bacterial_spot': {
      name: 'Mancha bacteriana del pimiento',
      about:
        'La causa la bacteria Xanthomonas euvesicatoria, que llega en semilla infectada y sobrevive en los restos de cosecha. Con clima cálido y húmedo se propaga rápido por salpicaduras de lluvia, riego por aspersión y al manipular plantas mojadas.',
      symptoms: [
        'Manchas pequeñas en las hojas, primero como mojadas y luego cafés, a veces con un halo amarillo',
        'Las hojas enfermas amarillean y caen, y los frutos quedan expuestos a quemaduras de sol',
        'Manchas cafés, ásperas y abultadas en los frutos',
      ],
      treatment: [
        'Arranque las plantas muy enfermas y retire las hojas afectadas; destrúyalas fuera del campo.',
        'Aplique un bactericida a base de cobre (como oxicloruro de cobre) mezclado con mancozeb cada 7 a 10 días. Siga la etiqueta y las normas locales.',
        'No trabaje en el cultivo cuando las plantas estén mojadas.',
      ],
      prevention: [
        'Use semilla certificada o tratada con agua caliente y variedades resistentes.',
        'No siembre pimiento ni tomate en el mismo lote durante 2 a 3 años.',
        'Riegue por goteo y evite mojar el follaje.',
      ],
    },
    'Pepper,_bell___healthy': {
      name: 'Hoja de pimiento sana',
      about:
        'La hoja de pimiento se ve sana, sin señales de enfermedades ni plagas. Revise las plantas una o dos veces por semana.',
      symptoms: [
        'Hoja verde oscuro, lisa y bien extendida',
        'Vigile manchas pequeñas que parecen mojadas (mancha bacteriana)',
        'Revise el envés por pulgones, trips y mosca blanca; hojas enroscadas o con mosaico pueden indicar un virus',
      ],
      treatment: ['No necesita tratamiento. No aplique productos sin necesidad.'],
      prevention: [
        'Use semilla certificada y plántulas sanas.',
        'Riegue por goteo y mantenga las hojas secas.',
        'Rote cultivos y mantenga el campo libre de malezas.',
      ],
    },
    Potato___Early_blight: {
      name: 'Tizón temprano de la papa (alternariosis)',
      about:
        'Lo causa el hongo Alternaria solani, que vive en el suelo y en los restos de cosecha. Lo favorecen el clima cálido, las hojas que se mojan y secan seguido y las plantas débiles; las esporas se dispersan con el viento y las salpicaduras.',
      symptoms: [
        'Manchas café oscuras con anillos concéntricos, como un tiro al blanco, en las hojas viejas de abajo',
        'Un halo amarillo alrededor de las manchas; las hojas se secan y caen',
        'Manchas oscuras, secas y algo hundidas en los tubérculos',
      ],
      treatment: [
        'Quite las hojas bajas enfermas y destrúyalas.',
        'Aplique un fungicida como mancozeb, clorotalonil o azoxistrobina cada 7 a 10 días. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Rote 2 a 3 años sin papa, tomate ni berenjena en el mismo lote.',
        'Fertilice de forma equilibrada, sin que falte nitrógeno.',
        'Siembre semilla certificada y destruya los restos de plantas después de la cosecha.',
      ],
    },
    Potato___Late_blight: {
      name: 'Tizón tardío de la papa (rancha)',
      about:
        'Lo causa Phytophthora infestans, un organismo parecido a un hongo (oomiceto) que llega en tubérculos-semilla enfermos o desde montones de papas de descarte. Con clima fresco, húmedo y nublado sus esporas se dispersan muy rápido con el viento y pueden acabar con un campo en una semana.',
      symptoms: [
        'Manchas verde pálido, como mojadas, en puntas y bordes de las hojas, que pronto se vuelven café oscuro o negras',
        'En mañanas húmedas, un moho blanco algodonoso en el envés, alrededor de las manchas',
        'Tallos ennegrecidos; en los tubérculos, pudrición seca café rojiza bajo la cáscara',
      ],
      treatment: [
        'Actúe de inmediato: arranque las plantas enfermas y entiérrelas o quémelas; no las eche a la compostera.',
        'Aplique un fungicida protector como mancozeb o clorotalonil; si la enfermedad avanza, use uno sistémico como metalaxil + mancozeb, cimoxanil + mancozeb o dimetomorf.',
        'Alterne productos de distintos grupos y siga la etiqueta y las normas locales.',
        'Corte el follaje 2 a 3 semanas antes de la cosecha para que no se infecten los tubérculos.',
      ],
      prevention: [
        'Siembre solo semilla sana y certificada, y prefiera variedades resistentes.',
        'Haga un buen aporque para que los tubérculos queden bien tapados.',
        'Elimine montones de papas de descarte y plantas voluntarias; no siembre papa junto a tomate.',
        'Cuando se anuncie clima fresco y lluvioso, aplique un fungicida protector antes de que aparezca la enfermedad.',
      ],
    },
    Potato___healthy: {
      name: 'Hoja de papa sana',
      about:
        'La hoja de papa se ve sana y no muestra síntomas de enfermedad. Con clima fresco y húmedo revise el campo a diario, porque el tizón tardío avanza muy rápido.',
      symptoms: [
        'Hoja verde, firme y sin manchas',
        'Vigile manchas cafés con anillos en las hojas bajas (tizón temprano)',
        'Si ve manchas oscuras como mojadas en los bordes y moho blanco debajo (tizón tardío), actúe de inmediato',
      ],
      treatment: ['No necesita tratamiento. Esté atento al clima y siga con el manejo habitual.'],
      prevention: [
        'Use semilla certificada y rote cultivos.',
        'Aporque a tiempo y fertilice de forma equilibrada.',
        'Saque del campo las papas podridas y las plantas voluntarias.',
      ],
    },
    Raspberry___healthy: {
      name: 'Hoja de frambuesa sana',
      about:
        'La hoja de frambuesa se ve sana, sin señales de enfermedades ni plagas. Siga con el cuidado regular de las plantas.',
      symptoms: [
        'Hoja verde, sin manchas ni enroscamiento',
        'Vigile polvo anaranjado en el envés (roya) y telarañas finas (arañita roja)',
        'Revise las cañas por manchas moradas o puntas marchitas',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Después de la cosecha, corte a ras del suelo las cañas que ya dieron fruto.',
        'Mantenga las hileras angostas para que circule el aire.',
        'Riegue al pie de las plantas y evite encharcamientos.',
      ],
    },
    Soybean___healthy: {
      name: 'Hoja de soya sana',
      about:
        'La hoja de soya se ve sana y no muestra síntomas de enfermedad. Siga revisando el cultivo cada semana.',
      symptoms: [
        'Hoja de color verde parejo y sin manchas',
        'Vigile manchas amarillas en mosaico y la presencia de mosca blanca',
        'Revise el envés por pústulas de roya y manchas redondas con borde café (ojo de rana)',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Siembre semilla certificada y tratada, de variedades resistentes para su zona.',
        'Rote cultivos y mantenga un buen drenaje.',
        'Controle las malezas y arranque pronto las plantas con síntomas de virus.',
      ],
    },
    Squash___Powdery_mildew: {
      name: 'Oídio (cenicilla) de la calabaza',
      about:
        'Lo causan hongos como Podosphaera xanthii, cuyas esporas se dispersan con el viento. Lo favorecen los días cálidos, las noches húmedas, la sombra y las plantas muy tupidas; no necesita que la hoja esté mojada.',
      symptoms: [
        'Manchas redondas de polvo blanco, como harina, en el haz de las hojas',
        'El polvo se extiende hasta cubrir hojas enteras y tallos',
        'Las hojas amarillean y se secan; los frutos quedan pequeños y se queman con el sol',
      ],
      treatment: [
        'Quite las hojas muy afectadas y destrúyalas.',
        'Aplique azufre mojable, bicarbonato de potasio o aceite de neem; si hace falta, un fungicida como miclobutanil. No use azufre con calor fuerte.',
        'Alterne productos y siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Elija variedades resistentes.',
        'Siembre a pleno sol y con buena distancia entre plantas.',
        'No abuse del nitrógeno; al terminar la cosecha, arranque y destruya las plantas.',
      ],
    },
    Strawberry___Leaf_scorch: {
      name: 'Quemadura de la hoja de la fresa',
      about:
        'La causa el hongo Diplocarpon earlianum, que sobrevive en las hojas viejas enfermas. Con clima cálido y húmedo sus esporas se dispersan con las salpicaduras de lluvia o del riego por aspersión; los ataques fuertes debilitan las plantas y bajan la cosecha.',
      symptoms: [
        'Manchas pequeñas, irregulares, de color morado oscuro en el haz de la hoja (sin centro blanco)',
        'Las manchas se juntan y la hoja parece quemada; los bordes se enroscan y se secan',
        'También aparecen manchas en los pecíolos y en los tallos de las flores',
      ],
      treatment: [
        'Quite las hojas enfermas y destrúyalas fuera del campo.',
        'Aplique un fungicida como captan o miclobutanil, sobre todo en floración. Siga la etiqueta y las normas locales.',
        'Después de la cosecha, corte el follaje viejo para que salgan hojas nuevas y sanas.',
      ],
      prevention: [
        'Plante variedades resistentes y plantas sanas de vivero.',
        'Riegue por goteo y deje buena distancia entre plantas.',
        'Renueve las camas cada 2 a 3 años y no abuse del nitrógeno.',
      ],
    },
    Strawberry___healthy: {
      name: 'Hoja de fresa sana',
      about:
        'La hoja de fresa se ve sana, sin señales de enfermedades ni plagas. Siga revisando las camas con regularidad.',
      symptoms: [
        'Hoja verde brillante y sin manchas',
        'Vigile manchas moradas en las hojas (quemadura o viruela de la hoja)',
        'Revise los frutos por moho gris (botritis) y el envés de las hojas por ácaros',
      ],
      treatment: ['No necesita tratamiento. Siga con el manejo habitual.'],
      prevention: [
        'Cubra el suelo con paja o plástico para que la fruta no toque la tierra.',
        'Riegue por goteo y mantenga las hojas secas.',
        'Quite las hojas viejas y enfermas de vez en cuando.',
      ],
    },
    Tomato___Bacterial_spot: {
      name: 'Mancha bacteriana del tomate',
      about:
        'La causan bacterias del género Xanthomonas, que llegan en semilla, plántulas o restos de cosecha infectados. Con clima cálido y húmedo se propagan por salpicaduras de lluvia, riego por aspersión, manos y herramientas.',
      symptoms: [
        'Manchas pequeñas (hasta 3 mm), oscuras y como mojadas en las hojas, a veces con halo amarillo',
        'Las manchas se juntan y queman la hoja; las hojas amarillean y caen',
        'Costras cafés, ásperas y abultadas en los frutos verdes',
      ],
      treatment: [
        'Retire y destruya las plantas y hojas enfermas; no toque las plantas mojadas.',
        'Aplique un bactericida a base de cobre mezclado con mancozeb cada 7 a 10 días. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Use semilla certificada o tratada y plántulas sanas.',
        'Rote 2 a 3 años sin tomate ni pimiento en el mismo lote.',
        'Riegue por goteo y tutore las plantas para que estén aireadas.',
      ],
    },
    Tomato___Early_blight: {
      name: 'Tizón temprano del tomate (alternariosis)',
      about:
        'Lo causa el hongo Alternaria solani, que vive en el suelo, en los restos de cosecha y en la semilla. Con clima cálido y húmedo sus esporas suben a las hojas bajas con el viento y las salpicaduras de tierra; la caída de hojas baja la cosecha.',
      symptoms: [
        'Manchas cafés con anillos concéntricos, como un tiro al blanco, en las hojas viejas de abajo',
        'Halo amarillo alrededor de las manchas; las hojas se secan de abajo hacia arriba',
        'Manchas oscuras, hundidas y con anillos en el tallo y en el fruto, junto al pedúnculo',
      ],
      treatment: [
        'Quite las hojas bajas enfermas y destrúyalas fuera del campo.',
        'Aplique un fungicida como mancozeb, clorotalonil, oxicloruro de cobre o azoxistrobina cada 7 a 10 días. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Cubra el suelo con acolchado (paja o plástico) para evitar que la tierra salpique las hojas.',
        'Tutore las plantas y quite las hojas de abajo que tocan el suelo.',
        'Rote 2 a 3 años y fertilice de forma equilibrada.',
      ],
    },
    Tomato___Late_blight: {
      name: 'Tizón tardío del tomate',
      about:
        'Lo causa Phytophthora infestans, un oomiceto parecido a un hongo que también ataca la papa. Con clima fresco, húmedo y nublado sus esporas se dispersan muy rápido con el viento y pueden destruir el cultivo en pocos días.',
      symptoms: [
        'Manchas grandes e irregulares, verde grisáceas y como mojadas, que pronto se vuelven café oscuro o negras',
        'Con humedad, moho blanco algodonoso en el envés de las hojas',
        'Manchas negras en los tallos; en los frutos, manchas cafés, firmes y de aspecto grasoso',
      ],
      treatment: [
        'Arranque de inmediato las plantas enfermas y entiérrelas o quémelas; no las eche a la compostera.',
        'Aplique un fungicida protector como mancozeb o clorotalonil; si la enfermedad avanza, use uno sistémico como metalaxil + mancozeb, cimoxanil + mancozeb o dimetomorf.',
        'Alterne productos y siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Use variedades resistentes y plántulas sanas; no siembre tomate junto a la papa.',
        'Riegue por goteo, deje buena distancia y tutore las plantas.',
        'Cuando se anuncie clima fresco y lluvioso, aplique un fungicida protector antes de que aparezca la enfermedad.',
      ],
    },
    Tomato___Leaf_Mold: {
      name: 'Moho de la hoja del tomate',
      about:
        'Lo causa el hongo Passalora fulva (antes Cladosporium fulvum). Aparece sobre todo en invernaderos y cultivos tupidos con humedad mayor al 85 %; sus esporas se dispersan con el aire, el agua, las manos y las herramientas.',
      symptoms: [
        'Manchas verde pálido a amarillas, de borde difuso, en el haz de la hoja',
        'Debajo de esas manchas, un moho aterciopelado verde oliva a café en el envés',
        'Las hojas se enroscan, se secan y caen, empezando por las de abajo',
      ],
      treatment: [
        'Quite con cuidado las hojas enfermas, métalas en una bolsa y destrúyalas.',
        'En invernadero, aumente la ventilación y baje la humedad.',
        'Aplique un fungicida como clorotalonil, mancozeb o uno a base de cobre. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Plante variedades resistentes.',
        'Deje buena distancia entre plantas y quite las hojas bajas y los brotes sobrantes.',
        'No moje las hojas; riegue temprano y al pie de la planta.',
        'Al terminar el ciclo, limpie el invernadero y saque todos los restos.',
      ],
    },
    Tomato___Septoria_leaf_spot: {
      name: 'Mancha foliar por Septoria',
      about:
        'La causa el hongo Septoria lycopersici, que sobrevive en restos de cosecha y en malezas como la hierba mora. Con clima cálido y húmedo sus esporas se dispersan con las salpicaduras de lluvia y riego; la caída de hojas deja frutos pequeños.',
      symptoms: [
        'Muchas manchas pequeñas (2 a 5 mm) y redondas en las hojas bajas',
        'Las manchas tienen borde café oscuro, centro gris o blanco y puntitos negros',
        'Las hojas amarillean y caen; la enfermedad sube de abajo hacia arriba',
      ],
      treatment: [
        'Quite las hojas enfermas y destrúyalas.',
        'Aplique un fungicida como clorotalonil, mancozeb o uno a base de cobre cada 7 a 10 días. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'No siembre tomate en el mismo lote durante 2 a 3 años.',
        'Use acolchado, tutore las plantas y riegue por goteo.',
        'Elimine malezas como la hierba mora y destruya los restos después de la cosecha.',
      ],
    },
    'Tomato___Spider_mites Two-spotted_spider_mite': {
      name: 'Arañita roja (ácaro de dos manchas)',
      about:
        'No es una enfermedad: es una plaga de ácaros diminutos (Tetranychus urticae, de menos de 0,5 mm y ocho patas) que chupan la savia en el envés de las hojas. Con clima caluroso, seco y polvoriento, se multiplican muchísimo en pocos días.',
      symptoms: [
        'Puntitos finos amarillos o blancos en las hojas (punteado)',
        'Las hojas se ponen bronceadas o amarillas y se secan',
        'Telarañas finas en el envés y entre los brotes; puntitos que se mueven',
      ],
      treatment: [
        'Lave el envés de las hojas con un chorro fuerte de agua y quite las hojas muy dañadas.',
        'Aplique aceite de neem, jabón potásico o aceite agrícola, mojando bien el envés.',
        'Si el ataque es fuerte, use un acaricida como abamectina, espiromesifeno o fenpiroximato. Los ácaros se vuelven resistentes rápido: alterne productos y siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'No deje que las plantas sufran falta de agua: el estrés por sequía favorece a los ácaros.',
        'Reduzca el polvo y las malezas alrededor del cultivo.',
        'Evite insecticidas de amplio espectro como los piretroides sin necesidad: matan a los enemigos naturales de los ácaros.',
        'Con tiempo caluroso y seco, revise el envés de las hojas cada semana.',
      ],
    },
    Tomato___Target_Spot: {
      name: 'Mancha de diana del tomate',
      about:
        'La causa el hongo Corynespora cassiicola, que sobrevive en restos de cosecha y en muchos cultivos y malezas. Con calor (20 a 30 °C) y mucha humedad se dispersa con el viento y las salpicaduras de agua.',
      symptoms: [
        'Manchas cafés pequeñas que crecen con anillos concéntricos y centro café claro',
        'Halo amarillo alrededor de las manchas; el centro puede rajarse',
        'Caída de hojas; en los frutos, manchas cafés hundidas',
      ],
      treatment: [
        'Quite las hojas bajas enfermas y destrúyalas.',
        'Aplique un fungicida como clorotalonil, mancozeb o azoxistrobina. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Deje buena distancia, tutore las plantas y quite hojas bajas para que circule el aire.',
        'No riegue por aspersión; prefiera el goteo.',
        'Rote cultivos y destruya los restos después de la cosecha.',
      ],
    },
    Tomato___Tomato_Yellow_Leaf_Curl_Virus: {
      name: 'Virus del rizado amarillo del tomate (TYLCV)',
      about:
        'Lo causa un begomovirus que transmite la mosca blanca (Bemisia tabaci) de planta en planta. No tiene cura; si la planta se infecta joven, la cosecha se puede perder casi por completo.',
      symptoms: [
        'Hojas enroscadas hacia arriba, en forma de cuchara, con bordes amarillos',
        'Hojas nuevas pequeñas y arrugadas; planta enana y achaparrada',
        'Caída de flores y muy pocos frutos',
      ],
      treatment: [
        'No tiene cura. Arranque pronto las plantas enfermas, métalas en una bolsa cerrada y destrúyalas lejos del cultivo para que no escapen las moscas blancas.',
        'Controle la mosca blanca con trampas amarillas pegajosas y aceite de neem.',
        'Si hace falta, aplique insecticidas como imidacloprid, tiametoxam, espiromesifeno o piriproxifén, alternándolos. Siga la etiqueta y las normas locales.',
      ],
      prevention: [
        'Plante variedades resistentes o tolerantes al TYLCV.',
        'Produzca las plántulas bajo malla antiinsectos.',
        'Elimine las malezas dentro y alrededor del campo; no siembre junto a cultivos viejos enfermos.',
        'Deje un periodo del año sin tomate para cortar el ciclo del virus.',
      ],
    },
    Tomato___Tomato_mosaic_virus: {
      name: 'Virus del mosaico del tomate (ToMV)',
      about:
        'Lo causa un tobamovirus muy resistente que sobrevive meses en restos de plantas, herramientas y semillas. Se contagia sobre todo por contacto: manos, herramientas, ropa, semilla infectada y tabaco. No tiene cura.',
      symptoms: [
        'Hojas con mosaico de zonas verde claro y verde oscuro',
        'Hojas arrugadas, deformes o muy angostas como hilos; planta enana',
        'Frutos que maduran disparejo y pueden tener manchas cafés por dentro',
      ],
      treatment: [
        'No tiene cura. Arranque con cuidado las plantas enfermas, métalas en una bolsa y destrúyalas fuera del campo.',
        'Después de tocar plantas enfermas lávese las manos con jabón y desinfecte las herramientas con cloro (1 parte de cloro en 9 de agua).',
        'Trabaje primero en las plantas sanas y al final en la zona enferma.',
      ],
      prevention: [
        'Use semilla certificada y tratada, y variedades resistentes.',
        'No fume ni manipule tabaco mientras trabaja en el cultivo; lávese las manos después de tocarlo.',
        'Saque todos los restos al terminar el ciclo y rote cultivos.',
      ],
    },
    Tomato___healthy: {
      name: 'Hoja de tomate sana',
      about:
        'La hoja de tomate se ve sana, sin señales de enfermedades ni plagas. Revise las plantas una o dos veces por semana.',
      symptoms: [
        'Hoja verde, bien extendida y sin manchas',
        'Atención si aparecen manchas en las hojas bajas, moho en el envés o amarillamiento',
        'Vigile hojas enroscadas o con mosaico, mosca blanca y arañita roja',
      ],
      treatment: ['No necesita tratamiento. No aplique productos sin necesidad.'],
      prevention: [
        'Tutore las plantas, deje buena distancia y riegue por goteo.',
        'Use acolchado y rote cultivos.',
        'Mantenga limpias las herramientas y controle las malezas.',
      ],
    },
  },
};
