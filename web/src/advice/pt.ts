import type { LanguageAdvice } from './recommendation.ts';

/** Plain Portuguese that reads naturally in Brazil and Mozambique; common local disease names first. */
export const pt: LanguageAdvice = {
  crops: {
    apple: 'Maçã',
    blueberry: 'Mirtilo',
    cherry: 'Cereja',
    corn: 'Milho',
    grape: 'Uva',
    orange: 'Laranja',
    peach: 'Pêssego',
    pepper: 'Pimentão',
    potato: 'Batata',
    raspberry: 'Framboesa',
    soybean: 'Soja',
    squash: 'Abóbora',
    strawberry: 'Morango',
    tomato: 'Tomate',
  },
  classes: {
    Apple___Apple_scab: {
      name: 'Sarna da macieira',
      about:
        'Doença causada pelo fungo Venturia inaequalis. O fungo sobrevive nas folhas caídas e se espalha com os respingos de chuva e o vento em tempo úmido. Reduz a produção e deixa os frutos manchados e sem valor.',
      symptoms: [
        'Manchas verde-oliva a marrons, com aspecto aveludado, nas folhas',
        'As manchas escurecem; as folhas se deformam e caem cedo',
        'Frutos com crostas escuras e duras, às vezes rachados',
      ],
      treatment: [
        'Retire as folhas e os frutos doentes e queime-os ou enterre-os',
        'Pulverize fungicida à base de captana, mancozebe ou cobre no início das chuvas, repetindo a cada 7–10 dias; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes à sarna',
        'Recolha e destrua as folhas caídas debaixo das árvores',
        'Pode as árvores para entrar ar e sol na copa',
        'Não molhe as folhas ao irrigar',
      ],
    },
    Apple___Black_rot: {
      name: 'Podridão-negra da maçã',
      about:
        'Doença causada pelo fungo Botryosphaeria obtusa, que ataca folhas, frutos e ramos. O fungo vive em frutos secos (mumificados) e em cancros nos ramos, e a chuva espalha os esporos. Pode apodrecer boa parte da colheita.',
      symptoms: [
        'Pequenas manchas roxas nas folhas, depois com centro marrom (parecem olho de sapo)',
        'O fruto apodrece a partir da ponta da flor e fica preto, com anéis',
        'Frutos secos e pretos ficam presos na árvore',
        'Cancros com casca afundada nos ramos',
      ],
      treatment: [
        'Corte os ramos com cancro 15 cm abaixo da parte doente e queime-os',
        'Retire todos os frutos mumificados, da árvore e do chão',
        'Pulverize fungicida como captana ou produto à base de cobre da floração até o crescimento dos frutos; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Mantenha o pomar limpo: sem frutos podres, ramos mortos nem tocos',
        'Evite ferir árvores e frutos; controle os insetos que furam os frutos',
        'Pode em tempo seco e desinfete as ferramentas',
      ],
    },
    Apple___Cedar_apple_rust: {
      name: 'Ferrugem da macieira (ferrugem-do-cedro)',
      about:
        'Doença causada pelo fungo Gymnosporangium juniperi-virginianae, que precisa de duas plantas: o junípero (cedro) e a macieira. Os esporos saem de galhas no junípero em tempo chuvoso e o vento os leva até a macieira. Enfraquece a árvore e reduz a produção.',
      symptoms: [
        'Manchas amarelo-alaranjadas e brilhantes na face de cima da folha',
        'Depois aparecem pequenos tubos ou taças na face de baixo da mancha',
        'As folhas caem cedo; os frutos também podem ter manchas',
      ],
      treatment: [
        'Retire as galhas marrons dos juníperos próximos antes das primeiras chuvas',
        'Pulverize fungicida como miclobutanil ou mancozebe do botão floral até a queda das pétalas; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades de macieira resistentes à ferrugem',
        'Não plante juníperos (cedros) perto do pomar',
        'Inspecione as árvores toda semana no início das chuvas',
      ],
    },
    Apple___healthy: {
      name: 'Folha de macieira saudável',
      about: 'Esta folha de macieira parece saudável. Não há sinais de fungos, bactérias nem pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas nem crostas',
        'Continue observando manchas, ferrugem ou crostas, principalmente em época de chuva',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Pode as árvores para o ar circular bem',
        'Recolha folhas e frutos caídos',
        'Adube e irrigue na medida certa',
      ],
    },
    Blueberry___healthy: {
      name: 'Folha de mirtilo saudável',
      about: 'Esta folha de mirtilo parece saudável. Não há sinais de doença nem de pragas.',
      symptoms: [
        'Folha verde, lisa e sem manchas',
        'Fique atento a folhas vermelhas ou amarelas fora de época e a manchas novas',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'O mirtilo gosta de solo ácido (pH 4,5–5,5) e bem drenado',
        'Use cobertura morta e irrigue junto ao pé, sem molhar as folhas',
        'Pode todo ano os ramos velhos ou mortos',
      ],
    },
    'Cherry_(including_sour)___Powdery_mildew': {
      name: 'Oídio da cerejeira',
      about:
        'Doença causada pelo fungo Podosphaera clandestina, que cresce sobre as folhas como um pó branco. O vento espalha os esporos, sobretudo com dias quentes e noites úmidas; não precisa de chuva. Enfraquece a árvore e estraga os frutos.',
      symptoms: [
        'Manchas de pó branco nas folhas novas',
        'As folhas se enrolam, endurecem e secam',
        'Os frutos podem ficar com uma camada branca e se estragar',
      ],
      treatment: [
        'Corte e retire os brotos muito atacados',
        'Pulverize enxofre, bicarbonato de potássio ou fungicida como miclobutanil assim que surgirem os sintomas; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Pode para abrir o centro da copa ao ar e ao sol',
        'Não exagere no adubo nitrogenado',
        'Elimine os brotos que nascem do tronco e das raízes (ladrões)',
      ],
    },
    'Cherry_(including_sour)___healthy': {
      name: 'Folha de cerejeira saudável',
      about: 'Esta folha de cerejeira parece saudável. Não há pó branco, manchas nem pragas.',
      symptoms: [
        'Folha verde, brilhante e plana',
        'Fique atento a pó branco nas folhas novas ou a furinhos nas folhas',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Pode todo ano para o ar circular',
        'Irrigue junto ao pé, sem molhar as folhas',
        'Recolha folhas caídas e ramos mortos',
      ],
    },
    'Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot': {
      name: 'Cercosporiose do milho (mancha-cinzenta)',
      about:
        'Doença causada pelo fungo Cercospora zeae-maydis, que sobrevive na palhada de milho. O vento e os respingos de chuva espalham os esporos em tempo quente e muito úmido. Quando sobe pela planta, seca as folhas e derruba a produção.',
      symptoms: [
        'Manchas compridas e retangulares, cinzentas ou cor de palha, limitadas pelas nervuras',
        'Começa nas folhas de baixo e vai subindo',
        'As manchas se juntam e a folha inteira seca',
      ],
      treatment: [
        'Se a doença estiver subindo antes do pendoamento, pulverize fungicida como azoxistrobina, piraclostrobina ou propiconazol; siga o rótulo e as regras locais',
        'Depois da colheita, incorpore ou enterre a palhada',
      ],
      prevention: [
        'Plante híbridos ou variedades resistentes',
        'Faça rotação: plante feijão ou soja em vez de milho sobre milho',
        'Não adense demais o plantio; deixe o ar circular',
      ],
    },
    'Corn_(maize)___Common_rust_': {
      name: 'Ferrugem-comum do milho',
      about:
        'Doença causada pelo fungo Puccinia sorghi. O vento traz os esporos de longe, sobretudo com tempo fresco e úmido. Muitas variedades toleram bem, mas ataques fortes reduzem a produção.',
      symptoms: [
        'Pequenas pústulas de pó cor de ferrugem (marrom-avermelhado) nas duas faces da folha',
        'Ao esfregar a pústula, fica um pó cor de ferrugem no dedo',
        'No fim do ciclo as pústulas ficam pretas; folhas muito atacadas amarelam e secam',
      ],
      treatment: [
        'Em geral não é preciso pulverizar. Se houver muitas pústulas antes do pendoamento, use fungicida como mancozebe, propiconazol ou tebuconazol; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes à ferrugem',
        'Plante cedo, no início das chuvas',
        'Arranque o milho que nasce sozinho fora de época (tiguera)',
        'Adube de forma equilibrada',
      ],
    },
    'Corn_(maize)___Northern_Leaf_Blight': {
      name: 'Helmintosporiose do milho (mancha-de-turcicum)',
      about:
        'Doença causada pelo fungo Exserohilum turcicum, que sobrevive na palhada do milho. O vento e a chuva espalham os esporos com temperaturas amenas e muito orvalho. Se atacar antes do pendoamento, a perda de produção é grande.',
      symptoms: [
        'Manchas compridas em forma de charuto, cinza-esverdeadas a cor de palha, de 2,5 a 15 cm',
        'Começa pelas folhas de baixo',
        'Com umidade, as manchas ficam cobertas por um mofo escuro',
      ],
      treatment: [
        'Se os sintomas aparecerem cedo, antes do pendoamento, pulverize fungicida como propiconazol, azoxistrobina ou mancozebe; siga o rótulo e as regras locais',
        'Depois da colheita, incorpore ou enterre a palhada',
      ],
      prevention: [
        'Plante híbridos ou variedades resistentes',
        'Faça rotação de pelo menos um ano sem milho',
        'Use espaçamento adequado para as folhas secarem depressa',
      ],
    },
    'Corn_(maize)___healthy': {
      name: 'Folha de milho saudável',
      about: 'Esta folha de milho parece saudável. Não há manchas, ferrugem nem sinais de pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas nem pústulas',
        'Fique atento a manchas cinzentas, pústulas de ferrugem ou furos de lagarta',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Use sementes certificadas',
        'Faça rotação do milho com feijão ou soja',
        'Capine cedo e adube na época certa',
      ],
    },
    Grape___Black_rot: {
      name: 'Podridão-negra da videira',
      about:
        'Doença causada pelo fungo Guignardia bidwellii, que sobrevive nas bagas secas (mumificadas) e nos ramos doentes. Os respingos de chuva a espalham em tempo quente e úmido. Pode destruir quase toda a colheita.',
      symptoms: [
        'Manchas redondas marrons com borda escura e pontinhos pretos nas folhas',
        'As bagas ficam marrons e depois secam, duras e pretas (múmias)',
        'Lesões compridas e escuras nos brotos e nos pedúnculos',
      ],
      treatment: [
        'Retire e queime as bagas mumificadas e os ramos doentes',
        'Pulverize fungicida como mancozebe, captana ou miclobutanil desde a brotação até o início da maturação; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Limpeza: tire as múmias da planta e do chão',
        'Pode e conduza a videira para entrar ar e sol',
        'Elimine videiras abandonadas ou silvestres por perto',
      ],
    },
    'Grape___Esca_(Black_Measles)': {
      name: 'Esca da videira (sarampo-negro)',
      about:
        'Doença do lenho da videira causada por um grupo de fungos (como Phaeomoniella chlamydospora e Phaeoacremonium). Os fungos entram pelos cortes de poda, sobretudo em tempo chuvoso. Enfraquece a planta durante anos e pode matá-la de repente.',
      symptoms: [
        'Listras amarelas ou vermelho-acastanhadas entre as nervuras que secam (folha "tigrada")',
        'Pontinhos escuros marrom-arroxeados nas bagas',
        'A planta inteira pode murchar de repente no calor',
        'Ao cortar o tronco, aparecem estrias ou pontos escuros na madeira',
      ],
      treatment: [
        'Não tem cura. Corte a madeira morta até chegar à madeira sã e queime os restos',
        'Arranque e queime as plantas muito atacadas',
        'Proteja os cortes grandes de poda com pasta cicatrizante ou fungicida registrado; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Pode em tempo seco, nunca com chuva',
        'Desinfete a tesoura de poda entre uma planta e outra',
        'Plante mudas sadias de viveiro de confiança',
        'Evite cortes grandes sem necessidade',
      ],
    },
    'Grape___Leaf_blight_(Isariopsis_Leaf_Spot)': {
      name: 'Mancha-das-folhas da videira (isariopsis)',
      about:
        'Doença causada pelo fungo Pseudocercospora vitis (antigo Isariopsis), que ataca as folhas em tempo quente e úmido. Sobrevive nas folhas caídas e se espalha com vento e chuva. Provoca queda precoce das folhas e enfraquece a videira.',
      symptoms: [
        'Manchas irregulares, vermelho-acastanhadas a pretas, muitas vezes com halo amarelo',
        'Mofo escuro na face de baixo da folha',
        'As manchas se juntam, a folha seca e cai cedo',
      ],
      treatment: [
        'Retire e destrua as folhas doentes',
        'Pulverize fungicida como mancozebe ou produto à base de cobre; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Recolha e queime as folhas caídas',
        'Pode e conduza a videira para o ar circular bem',
        'Não molhe as folhas ao irrigar',
      ],
    },
    Grape___healthy: {
      name: 'Folha de videira saudável',
      about: 'Esta folha de videira parece saudável. Não há manchas, mofo nem sinais de pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas',
        'Fique atento a manchas marrons, pó branco ou listras amarelas entre as nervuras',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Pode e conduza a videira para entrar ar e sol',
        'Recolha folhas e bagas caídas',
        'Desinfete as ferramentas de poda',
      ],
    },
    'Orange___Haunglongbing_(Citrus_greening)': {
      name: 'Greening dos citros (HLB)',
      about:
        'Doença grave dos citros (citrinos) causada por uma bactéria (Candidatus Liberibacter) que vive nos vasos da planta. É transmitida pelo psilídeo-asiático (Diaphorina citri), pelo psilídeo-africano (Trioza erytreae) e por enxertos doentes. Não tem cura e a árvore vai definhando até morrer.',
      symptoms: [
        'Folhas com manchas amarelas irregulares, diferentes de um lado e do outro da nervura central',
        'Um ou mais ramos com folhas amarelas',
        'Frutos pequenos, tortos, que ficam verdes na parte de baixo e têm gosto amargo',
        'Queda de frutos e ramos secando a partir da ponta',
      ],
      treatment: [
        'Não tem cura. Arranque e destrua a árvore doente o quanto antes para não contaminar as outras',
        'Controle o psilídeo com óleo de neem, óleo mineral ou inseticida como imidacloprido; siga o rótulo e as regras locais',
        'Avise o serviço de extensão rural ou de defesa agrícola da sua região',
      ],
      prevention: [
        'Compre mudas certificadas de viveiro registrado e telado',
        'Inspecione as brotações novas toda semana à procura do psilídeo',
        'Combine com os vizinhos para controlar o psilídeo ao mesmo tempo',
        'Não leve mudas ou borbulhas de áreas com a doença',
      ],
    },
    Peach___Bacterial_spot: {
      name: 'Bacteriose do pessegueiro (mancha-bacteriana)',
      about:
        'Doença causada pela bactéria Xanthomonas arboricola pv. pruni, que sobrevive em cancros nos ramos. A chuva com vento a espalha, sobretudo em tempo quente e úmido. Derruba as folhas e estraga os frutos.',
      symptoms: [
        'Pequenas manchas angulosas e encharcadas nas folhas, que ficam roxas ou pretas',
        'O centro da mancha cai e deixa furinhos (aspecto de chumbo de caça)',
        'As folhas amarelam e caem',
        'Frutos com manchas afundadas e rachaduras',
      ],
      treatment: [
        'Corte e queime os ramos com cancro',
        'Pulverize produto à base de cobre no início da estação, em dose baixa, porque o cobre em excesso queima as folhas do pessegueiro; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes',
        'Use quebra-ventos ao redor do pomar',
        'Adube de forma equilibrada, sem excesso de nitrogênio',
      ],
    },
    Peach___healthy: {
      name: 'Folha de pessegueiro saudável',
      about: 'Esta folha de pessegueiro parece saudável. Não há manchas, furos nem enrolamento.',
      symptoms: [
        'Folha verde, comprida e lisa, sem manchas',
        'Fique atento a furinhos, manchas roxas ou folhas enroladas e inchadas',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Pode todo ano para abrir o centro da copa ao sol',
        'Recolha frutos podres e folhas caídas',
        'Irrigue junto ao pé, sem molhar as folhas',
      ],
    },
    'Pepper,_bell___Bacterial_spot': {
      name: 'Mancha-bacteriana do pimentão',
      about:
        'Doença causada por bactérias do gênero Xanthomonas, que vêm na semente e nos restos de cultura. Espalha-se com respingos de chuva, água de irrigação, mãos e ferramentas, sobretudo em tempo quente e úmido. Derruba as folhas e estraga os frutos.',
      symptoms: [
        'Pequenas manchas encharcadas nas folhas, que ficam marrons com halo amarelo',
        'As folhas amarelam e caem',
        'Manchas salientes, como crostas, nos frutos',
      ],
      treatment: [
        'Arranque as plantas muito atacadas e retire as folhas manchadas',
        'Pulverize produto à base de cobre misturado com mancozebe; siga o rótulo e as regras locais',
        'Não trabalhe na lavoura com as plantas molhadas',
      ],
      prevention: [
        'Use sementes certificadas ou tratadas com água quente',
        'Faça rotação de 2–3 anos sem pimentão nem tomate',
        'Prefira irrigação por gotejamento à aspersão',
        'Plante variedades resistentes',
      ],
    },
    'Pepper,_bell___healthy': {
      name: 'Folha de pimentão saudável',
      about: 'Esta folha de pimentão parece saudável. Não há manchas nem sinais de pragas.',
      symptoms: [
        'Folha verde e brilhante, sem manchas',
        'Fique atento a manchas encharcadas, folhas enroladas ou insetos na face de baixo',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Use sementes sadias e faça rotação de culturas',
        'Irrigue junto ao pé, de manhã',
        'Capine e retire os restos de cultura após a colheita',
      ],
    },
    Potato___Early_blight: {
      name: 'Pinta-preta da batata (alternariose)',
      about:
        'Doença causada pelo fungo Alternaria solani, que sobrevive no solo e nos restos de cultura. O vento e os respingos de chuva a espalham, sobretudo em plantas velhas ou enfraquecidas. Reduz a produção, mas avança mais devagar que a requeima.',
      symptoms: [
        'Manchas marrom-escuras com anéis concêntricos, como um alvo, nas folhas',
        'Começa nas folhas velhas de baixo; a mancha tem halo amarelo',
        'As folhas amarelam e secam',
        'Os tubérculos podem ter manchas escuras e afundadas',
      ],
      treatment: [
        'Retire as folhas de baixo atacadas',
        'Pulverize fungicida como mancozebe, clorotalonil ou azoxistrobina a cada 7–14 dias; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Faça rotação de 2–3 anos sem batata, tomate nem berinjela',
        'Plante batata-semente certificada',
        'Adube de forma equilibrada para a planta ficar forte',
        'Retire e destrua os restos de cultura após a colheita',
      ],
    },
    Potato___Late_blight: {
      name: 'Requeima da batata (míldio)',
      about:
        'Doença grave causada por Phytophthora infestans (um oomiceto, ou "mofo d’água"). Espalha-se muito depressa com tempo fresco e úmido, pelo vento, por batata-semente doente e por plantas que nascem sozinhas. Pode destruir a lavoura inteira em 1–2 semanas.',
      symptoms: [
        'Grandes manchas verde-escuras a marrons, encharcadas, começando nas pontas e bordas das folhas',
        'Mofo branco na face de baixo da folha nas manhãs úmidas',
        'Hastes escurecidas e plantas tombando',
        'Tubérculos com podridão marrom-avermelhada sob a casca',
      ],
      treatment: [
        'Arranque e destrua na hora as plantas atacadas',
        'Pulverize logo fungicida como metalaxil + mancozebe ou cimoxanil + mancozebe, repetindo a cada 7 dias com chuva; siga o rótulo e as regras locais',
        'Corte e retire as ramas 2 semanas antes da colheita para proteger os tubérculos',
      ],
      prevention: [
        'Plante batata-semente certificada de variedades resistentes',
        'Com tempo fresco e chuvoso, pulverize mancozebe antes de a doença aparecer',
        'Faça a amontoa para cobrir bem os tubérculos',
        'Elimine batatas que nascem sozinhas e montes de batatas descartadas',
      ],
    },
    Potato___healthy: {
      name: 'Folha de batata saudável',
      about: 'Esta folha de batata parece saudável. Não há manchas, queimaduras nem mofo.',
      symptoms: [
        'Folha verde e uniforme, sem manchas',
        'Com tempo fresco e chuvoso, olhe a cada 2–3 dias à procura de manchas escuras encharcadas',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Plante batata-semente certificada',
        'Faça rotação de culturas e amontoa',
        'Elimine batatas que nascem sozinhas fora de época',
      ],
    },
    Raspberry___healthy: {
      name: 'Folha de framboesa saudável',
      about: 'Esta folha de framboesa parece saudável. Não há manchas, ferrugem nem pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas',
        'Fique atento a manchas amarelo-alaranjadas, lesões nas hastes ou ácaros na face de baixo',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Corte as hastes que já produziram logo após a colheita',
        'Deixe espaço entre as linhas para o ar circular',
        'Use mudas sadias e certificadas',
      ],
    },
    Soybean___healthy: {
      name: 'Folha de soja saudável',
      about: 'Esta folha de soja parece saudável. Não há manchas, ferrugem nem sinais de pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas',
        'Fique atento a manchas marrons, ferrugem na face de baixo ou folhas com mosaico amarelo',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Use sementes de qualidade e inoculante (rizóbio) quando houver',
        'Faça rotação da soja com milho ou outro cereal',
        'Controle as plantas daninhas cedo',
      ],
    },
    Squash___Powdery_mildew: {
      name: 'Oídio da abóbora',
      about:
        'Doença causada por fungos (Podosphaera xanthii e Erysiphe) que crescem sobre as folhas como um pó branco. O vento espalha os esporos, sobretudo com dias quentes, noites úmidas e sombra. As folhas secam cedo e os frutos ficam pequenos.',
      symptoms: [
        'Manchas de pó branco na face de cima das folhas e nos talos',
        'As manchas se juntam e cobrem a folha toda',
        'As folhas amarelam e secam; os frutos perdem sabor',
      ],
      treatment: [
        'Retire as folhas muito atacadas',
        'Pulverize enxofre, bicarbonato de potássio, óleo de neem ou fungicida registrado para abóbora; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes ao oídio',
        'Plante em lugar ensolarado e com bom espaçamento',
        'Não exagere no adubo nitrogenado',
      ],
    },
    Strawberry___Leaf_scorch: {
      name: 'Chamusco-das-folhas do morangueiro',
      about:
        'Doença causada pelo fungo Diplocarpon earlianum, que sobrevive nas folhas doentes. Os respingos de chuva e de irrigação a espalham em tempo quente e úmido. Enfraquece as plantas e reduz a colheita do ano seguinte.',
      symptoms: [
        'Muitas manchinhas roxas irregulares na face de cima da folha',
        'As manchas se juntam e a folha fica roxa e depois marrom, como se estivesse queimada',
        'As bordas da folha secam e se enrolam',
      ],
      treatment: [
        'Retire e destrua as folhas doentes; após a colheita, corte toda a folhagem velha',
        'Pulverize fungicida como captana, miclobutanil ou produto à base de cobre; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante mudas sadias e certificadas de variedades resistentes',
        'Use gotejamento e cobertura do solo (mulching)',
        'Renove o canteiro a cada 2–3 anos',
        'Controle o mato e deixe espaço entre as plantas',
      ],
    },
    Strawberry___healthy: {
      name: 'Folha de morangueiro saudável',
      about: 'Esta folha de morangueiro parece saudável. Não há manchas, queimaduras nem pragas.',
      symptoms: [
        'Folha verde e brilhante, sem manchas',
        'Fique atento a manchinhas roxas, bordas secas ou ácaros na face de baixo',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Use gotejamento e cobertura do solo',
        'Retire as folhas mortas',
        'Renove o canteiro a cada 2–3 anos',
      ],
    },
    Tomato___Bacterial_spot: {
      name: 'Mancha-bacteriana do tomateiro',
      about:
        'Doença causada por bactérias do gênero Xanthomonas, que vêm na semente e nos restos de cultura. Espalha-se com respingos de chuva, água de irrigação, mãos e ferramentas, sobretudo em tempo quente e úmido. Derruba as folhas e estraga os frutos.',
      symptoms: [
        'Pequenas manchas escuras e encharcadas nas folhas, muitas vezes com halo amarelo',
        'As folhas secam a partir das bordas e caem',
        'Pequenas crostas escuras e salientes nos frutos',
      ],
      treatment: [
        'Retire as folhas manchadas e arranque as plantas muito atacadas',
        'Pulverize produto à base de cobre misturado com mancozebe; siga o rótulo e as regras locais',
        'Não mexa nas plantas quando estiverem molhadas',
      ],
      prevention: [
        'Use sementes e mudas sadias e certificadas',
        'Faça rotação de 2–3 anos sem tomate nem pimentão',
        'Prefira irrigação por gotejamento',
        'Lave as mãos e desinfete as ferramentas entre as linhas',
      ],
    },
    Tomato___Early_blight: {
      name: 'Pinta-preta do tomateiro (alternariose)',
      about:
        'Doença causada pelo fungo Alternaria solani, que sobrevive no solo, nos restos de cultura e na semente. Espalha-se pelo vento, pela chuva e pela água de irrigação. Derruba as folhas e reduz a produção.',
      symptoms: [
        'Manchas marrons com anéis concêntricos, como um alvo, rodeadas de amarelo',
        'Começa nas folhas velhas de baixo',
        'Manchas escuras e afundadas no caule e junto ao pedúnculo do fruto',
      ],
      treatment: [
        'Retire e destrua as folhas de baixo atacadas',
        'Pulverize fungicida como mancozebe, clorotalonil ou azoxistrobina a cada 7–10 dias; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Faça rotação de 2–3 anos sem tomate, batata nem berinjela',
        'Use cobertura morta para a terra não respingar nas folhas',
        'Tutore as plantas e retire as folhas de baixo',
        'Irrigue junto ao pé, de manhã',
      ],
    },
    Tomato___Late_blight: {
      name: 'Requeima do tomateiro (míldio)',
      about:
        'Doença grave causada por Phytophthora infestans (um oomiceto, ou "mofo d’água"). Espalha-se muito depressa pelo vento com tempo fresco e úmido e pode destruir a lavoura em poucos dias.',
      symptoms: [
        'Grandes manchas verde-escuras a marrons, encharcadas, nas folhas',
        'Mofo branco na face de baixo da folha com tempo úmido',
        'Manchas marrons nos caules',
        'Frutos com manchas marrons, firmes e com aspecto oleoso',
      ],
      treatment: [
        'Arranque e destrua na hora as plantas atacadas; não as coloque no composto',
        'Pulverize logo fungicida como metalaxil + mancozebe ou cimoxanil + mancozebe, repetindo a cada 7 dias com chuva; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Não plante tomate perto de batata',
        'Com tempo fresco e chuvoso, pulverize mancozebe ou cobre antes de a doença aparecer',
        'Dê bom espaçamento e irrigue junto ao pé',
        'Plante variedades resistentes',
      ],
    },
    Tomato___Leaf_Mold: {
      name: 'Cladosporiose do tomateiro (mofo-das-folhas)',
      about:
        'Doença causada pelo fungo Passalora fulva, que gosta de umidade muito alta, sobretudo em estufas. Os esporos se espalham pelo ar, pela água, pelas ferramentas e pelas roupas, e sobrevivem nos restos de cultura. Reduz a produção quando as folhas secam.',
      symptoms: [
        'Manchas verde-claras ou amarelas na face de cima da folha',
        'Mofo aveludado verde-oliva a arroxeado na face de baixo',
        'As folhas se enrolam, secam e caem',
      ],
      treatment: [
        'Reduza a umidade: abra a estufa para ventilar e irrigue só de manhã',
        'Retire as folhas doentes',
        'Pulverize fungicida como clorotalonil, mancozebe ou produto à base de cobre; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes',
        'Dê bom espaçamento e retire as folhas de baixo',
        'Não molhe as folhas ao irrigar',
        'Limpe a estufa e retire todos os restos entre um ciclo e outro',
      ],
    },
    Tomato___Septoria_leaf_spot: {
      name: 'Septoriose do tomateiro',
      about:
        'Doença causada pelo fungo Septoria lycopersici, que sobrevive nos restos de tomate e em ervas daninhas da família do tomate (como a maria-pretinha). Espalha-se com respingos de chuva e de irrigação em tempo quente e úmido. Derruba muitas folhas e os frutos ficam expostos ao sol.',
      symptoms: [
        'Muitas manchinhas redondas (2–3 mm) com centro cinza e borda marrom',
        'Pontinhos pretos no centro das manchas',
        'Começa nas folhas de baixo; as folhas amarelam e caem',
      ],
      treatment: [
        'Retire e destrua as folhas de baixo atacadas',
        'Pulverize fungicida como clorotalonil, mancozebe ou produto à base de cobre; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Faça rotação de 2–3 anos',
        'Use cobertura morta e tutore as plantas',
        'Arranque a maria-pretinha e outras ervas da família do tomate por perto',
        'Prefira irrigação por gotejamento',
      ],
    },
    'Tomato___Spider_mites Two-spotted_spider_mite': {
      name: 'Ácaro-rajado do tomateiro',
      about:
        'Não é doença: é uma praga, um ácaro muito pequeno (Tetranychus urticae) que suga as folhas pela face de baixo. Multiplica-se rápido com calor, seca e poeira, e se espalha pelo vento, pelas roupas e pelas mudas. Em grande número seca as plantas.',
      symptoms: [
        'Muitos pontinhos amarelos ou brancos nas folhas',
        'Teia fina na face de baixo da folha',
        'As folhas ficam bronzeadas ou amarelas e secam',
        'Pontinhos que se mexem na face de baixo da folha (use uma lupa)',
      ],
      treatment: [
        'Jogue um jato forte de água na face de baixo das folhas para derrubar os ácaros',
        'Pulverize óleo de neem ou sabão inseticida, molhando bem a face de baixo das folhas',
        'Em ataques fortes, use acaricida como abamectina e alterne produtos de grupos diferentes, porque o ácaro cria resistência; siga o rótulo e as regras locais',
        'Retire as folhas muito atacadas',
      ],
      prevention: [
        'Evite inseticidas de amplo espectro, que matam os inimigos naturais do ácaro',
        'Irrigue bem para a planta não sofrer com a seca e para baixar a poeira',
        'Controle as plantas daninhas que abrigam ácaros',
        'Olhe a face de baixo das folhas toda semana na época seca',
      ],
    },
    Tomato___Target_Spot: {
      name: 'Mancha-alvo do tomateiro',
      about:
        'Doença causada pelo fungo Corynespora cassiicola, que ataca folhas, caules e frutos em tempo quente e úmido. Sobrevive nos restos de cultura e se espalha pelo vento e por respingos de água. Derruba as folhas e estraga os frutos.',
      symptoms: [
        'Manchas marrons e redondas com anéis claros e halo amarelo',
        'O centro da mancha pode rachar',
        'Manchas escuras e afundadas nos frutos',
      ],
      treatment: [
        'Retire as folhas de baixo atacadas',
        'Pulverize fungicida como clorotalonil, mancozebe ou azoxistrobina; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Dê bom espaçamento e faça desbrota para o ar circular',
        'Faça rotação e retire os restos de cultura após a colheita',
        'Irrigue junto ao pé, sem molhar as folhas',
      ],
    },
    Tomato___Tomato_Yellow_Leaf_Curl_Virus: {
      name: 'Vírus do enrolamento-amarelo do tomateiro (TYLCV)',
      about:
        'Doença causada por um vírus (begomovírus) transmitido pela mosca-branca (Bemisia tabaci). Não passa pela semente. Não tem cura, e plantas infectadas cedo quase não produzem.',
      symptoms: [
        'Folhas enroladas para cima, com bordas amarelas',
        'Folhas novas pequenas e enrugadas',
        'Planta raquítica e queda das flores',
        'Poucos frutos ou nenhum',
      ],
      treatment: [
        'Não tem cura. Arranque cedo as plantas doentes, coloque-as num saco e enterre ou queime',
        'Controle a mosca-branca com armadilhas adesivas amarelas, óleo de neem ou inseticida como piriproxifem ou espirotetramate, alternando produtos; siga o rótulo e as regras locais',
      ],
      prevention: [
        'Plante variedades resistentes ao TYLCV',
        'Produza as mudas em viveiro protegido com tela anti-insetos',
        'Elimine plantas daninhas e restos de tomate da safra anterior',
        'Não plante tomate novo ao lado de lavoura velha doente',
      ],
    },
    Tomato___Tomato_mosaic_virus: {
      name: 'Mosaico do tomateiro (ToMV)',
      about:
        'Doença causada por um vírus (ToMV) muito resistente, que dura muito tempo nos restos de plantas, nas sementes e nas ferramentas. Passa pelo contato: mãos, ferramentas, roupas e fumo. Não tem cura.',
      symptoms: [
        'Folhas com manchas verde-claras e verde-escuras (mosaico)',
        'Folhas deformadas, estreitas ou em forma de fio',
        'Planta raquítica; frutos amadurecem de forma irregular',
      ],
      treatment: [
        'Não tem cura. Arranque as plantas doentes e retire-as da lavoura',
        'Lave as mãos com sabão e desinfete as ferramentas (por exemplo, água sanitária diluída) antes de tocar em outras plantas',
      ],
      prevention: [
        'Use sementes certificadas e variedades resistentes ao ToMV',
        'Não fume nem mexa em fumo enquanto trabalha com tomate',
        'Controle os pulgões: outros vírus de mosaico parecidos são transmitidos por eles',
        'Faça rotação e retire todos os restos de cultura',
      ],
    },
    Tomato___healthy: {
      name: 'Folha de tomateiro saudável',
      about: 'Esta folha de tomateiro parece saudável. Não há manchas, mofo, mosaico nem pragas.',
      symptoms: [
        'Folha verde e uniforme, sem manchas nem enrolamento',
        'Fique atento a manchas novas, folhas enroladas, mosca-branca ou ácaros na face de baixo',
      ],
      treatment: ['Não é preciso tratamento. Continue com os cuidados normais'],
      prevention: [
        'Tutore as plantas e retire as folhas de baixo',
        'Irrigue junto ao pé e use cobertura morta',
        'Faça rotação e desinfete as ferramentas com frequência',
      ],
    },
  },
};
