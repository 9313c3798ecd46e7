import type { LanguageAdvice } from './recommendation.ts';

/** East-African Swahili in extension wording; English names in brackets help the farmer at the agro-dealer. */
export const sw: LanguageAdvice = {
  crops: {
    apple: 'Tufaha',
    blueberry: 'Bluuberi',
    cherry: 'Cheri',
    corn: 'Mahindi',
    grape: 'Zabibu',
    orange: 'Chungwa',
    peach: 'Pichi',
    pepper: 'Pilipili hoho',
    potato: 'Viazi mviringo',
    raspberry: 'Rasiberi',
    soybean: 'Soya',
    squash: 'Maboga',
    strawberry: 'Stroberi',
    tomato: 'Nyanya',
  },
  classes: {
    Apple___Apple_scab: {
      name: 'Kigaga cha tufaha (Apple scab)',
      about:
        'Ni ugonjwa wa kuvu unaosababishwa na Venturia inaequalis. Kuvu hukaa kwenye majani yaliyoanguka na huenezwa na matone ya mvua na upepo wakati wa unyevu. Hupunguza mavuno na ubora wa matunda.',
      symptoms: [
        'Madoa ya kijani-kahawia yenye ukungu kama velveti kwenye majani',
        'Madoa huwa meusi; majani hujikunja na kuanguka mapema',
        'Matunda yana vigaga vyeusi vigumu na wakati mwingine hupasuka',
      ],
      treatment: [
        'Ondoa majani na matunda yaliyoathirika, kisha yachome au yafukie',
        'Nyunyizia dawa ya kuua kuvu kama captan, mancozeb au dawa yenye shaba (copper) mwanzoni mwa mvua, rudia kila siku 7–10; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina za tufaha zinazostahimili kigaga',
        'Kusanya na uharibu majani yaliyoanguka chini ya miti',
        'Pogoa miti ili hewa na jua vipite vizuri',
        'Usimwagilie maji juu ya majani',
      ],
    },
    Apple___Black_rot: {
      name: 'Uozo mweusi wa tufaha (Black rot)',
      about:
        'Ni ugonjwa wa kuvu (Botryosphaeria obtusa) unaoshambulia majani, matunda na matawi. Kuvu huishi kwenye matunda yaliyokauka na vidonda vya matawi, na huenezwa na mvua. Unaweza kuozesha sehemu kubwa ya mavuno.',
      symptoms: [
        'Madoa madogo ya zambarau kwenye majani, baadaye katikati huwa kahawia (kama jicho la chura)',
        'Tunda huoza kuanzia upande wa ua na kuwa jeusi lenye miduara',
        'Matunda yaliyokauka meusi hubaki yakining’inia mtini',
        'Vidonda vya gome lililozama kwenye matawi',
      ],
      treatment: [
        'Kata matawi yenye vidonda sentimita 15 chini ya sehemu iliyoathirika na uyachome',
        'Ondoa matunda yote yaliyokauka, yaliyo mtini na yaliyo chini',
        'Nyunyizia dawa ya kuua kuvu kama captan au dawa yenye shaba kuanzia kuchanua hadi matunda kukua; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Weka shamba safi: ondoa matunda yaliyooza, matawi yaliyokufa na visiki',
        'Epuka kujeruhi miti na matunda; dhibiti wadudu wanaotoboa matunda',
        'Pogoa wakati wa kiangazi na usafishe zana kwa dawa ya kuua vijidudu',
      ],
    },
    Apple___Cedar_apple_rust: {
      name: 'Kutu ya mierezi na tufaha (Cedar apple rust)',
      about:
        'Ni ugonjwa wa kuvu (Gymnosporangium juniperi-virginianae) unaohitaji mimea miwili: mierezi (juniper) na mtufaha. Vijimbegu hutoka kwenye vivimbe vya mierezi wakati wa mvua na kupeperushwa na upepo hadi kwenye mitufaha. Hudhoofisha mti na kupunguza mavuno.',
      symptoms: [
        'Madoa ya njano-machungwa yanayong’aa upande wa juu wa jani',
        'Baadaye, upande wa chini wa doa hutokea vikombe au vinywele vidogo',
        'Majani huanguka mapema; matunda yanaweza kuwa na madoa',
      ],
      treatment: [
        'Ondoa vivimbe vya kahawia kwenye mierezi iliyo karibu na shamba kabla ya mvua za mwanzo',
        'Nyunyizia dawa ya kuua kuvu kama myclobutanil au mancozeb kuanzia machipukizi ya maua hadi petali kuanguka; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina za tufaha zinazostahimili kutu',
        'Usipande mierezi (juniper) karibu na mitufaha',
        'Kagua miti kila wiki wakati wa mvua za mwanzo',
      ],
    },
    Apple___healthy: {
      name: 'Jani la tufaha lenye afya',
      about: 'Jani hili la tufaha linaonekana lenye afya. Hakuna dalili za kuvu, bakteria wala wadudu.',
      symptoms: [
        'Jani lina rangi ya kijani sawasawa, bila madoa wala vigaga',
        'Endelea kuangalia madoa, kutu au vigaga, hasa wakati wa mvua',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Pogoa miti ili hewa ipite vizuri',
        'Ondoa majani na matunda yaliyoanguka',
        'Weka mbolea na maji kwa kiasi kinachofaa',
      ],
    },
    Blueberry___healthy: {
      name: 'Jani la bluuberi lenye afya',
      about: 'Jani hili la bluuberi linaonekana lenye afya. Hakuna dalili za ugonjwa wala wadudu.',
      symptoms: [
        'Jani ni la kijani, laini na halina madoa',
        'Angalia majani kuwa mekundu au njano nje ya msimu, au madoa mapya',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Bluuberi hupenda udongo wenye tindikali (pH 4.5–5.5) unaopitisha maji vizuri',
        'Weka matandazo na mwagilia kwenye shina, si juu ya majani',
        'Pogoa matawi yaliyozeeka au kufa kila mwaka',
      ],
    },
    'Cherry_(including_sour)___Powdery_mildew': {
      name: 'Ubwiri unga wa cheri (Powdery mildew)',
      about:
        'Ni ugonjwa wa kuvu (Podosphaera clandestina) unaoota juu ya majani kama unga mweupe. Vijimbegu huenezwa na upepo, hasa siku za joto na usiku wenye unyevu; hauhitaji mvua. Hudhoofisha mti na kuharibu matunda.',
      symptoms: [
        'Vipande vya unga mweupe juu ya majani machanga',
        'Majani hujikunja, hukakamaa na kukauka',
        'Matunda yanaweza kuwa na utando mweupe na kuharibika',
      ],
      treatment: [
        'Kata na uondoe machipukizi yaliyoathirika sana',
        'Nyunyizia salfa (sulphur), potassium bicarbonate au dawa ya kuua kuvu kama myclobutanil dalili zinapoanza; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Pogoa ili katikati ya mti ipate hewa na jua',
        'Usiweke mbolea ya naitrojeni kupita kiasi',
        'Ondoa machipukizi yanayoota kutoka kwenye shina na mizizi',
      ],
    },
    'Cherry_(including_sour)___healthy': {
      name: 'Jani la cheri lenye afya',
      about: 'Jani hili la cheri linaonekana lenye afya. Hakuna unga mweupe, madoa wala wadudu.',
      symptoms: [
        'Jani ni la kijani linalong’aa na lililo tambarare',
        'Angalia unga mweupe kwenye majani machanga au mashimo madogo kwenye majani',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Pogoa kila mwaka ili hewa ipite',
        'Mwagilia kwenye shina, si juu ya majani',
        'Ondoa majani yaliyoanguka na matawi yaliyokufa',
      ],
    },
    'Corn_(maize)___Cercospora_leaf_spot Gray_leaf_spot': {
      name: 'Madoa kijivu ya mahindi (Gray leaf spot)',
      about:
        'Ni ugonjwa wa kuvu (Cercospora zeae-maydis) unaoishi kwenye mabaki ya mahindi shambani. Vijimbegu huenezwa na upepo na matone ya mvua wakati wa joto na unyevu mwingi. Ukienea, majani hukauka na mavuno hupungua sana.',
      symptoms: [
        'Madoa marefu ya mstatili, rangi ya kijivu au kahawia hafifu, yaliyonyooka kati ya mishipa ya jani',
        'Huanzia majani ya chini na kupanda juu',
        'Madoa huungana na jani lote hukauka',
      ],
      treatment: [
        'Ugonjwa ukipanda juu kabla ya kuchanua maua ya juu, nyunyizia dawa ya kuua kuvu kama azoxystrobin, pyraclostrobin au propiconazole; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Baada ya mavuno, lima na ufukie mabaki ya mahindi',
      ],
      prevention: [
        'Panda aina za mahindi zinazostahimili ugonjwa huu',
        'Zungusha mazao: panda maharage au soya badala ya mahindi baada ya mahindi',
        'Usipande mbegu kwa msongamano; acha nafasi ya hewa kupita',
      ],
    },
    'Corn_(maize)___Common_rust_': {
      name: 'Kutu ya mahindi (Common rust)',
      about:
        'Ni ugonjwa wa kuvu (Puccinia sorghi). Vijimbegu hupeperushwa na upepo kutoka mbali, hasa wakati wa hali ya baridi kiasi na unyevu. Aina nyingi za mahindi huvumilia, lakini mashambulizi makubwa hupunguza mavuno.',
      symptoms: [
        'Vivimbe vidogo vya unga wa rangi ya kutu (kahawia-nyekundu) pande zote mbili za jani',
        'Ukisugua kivimbe, unga wa rangi ya kutu hubaki kidoleni',
        'Mwishoni mwa msimu vivimbe huwa vyeusi; majani yaliyoathirika sana hugeuka njano na kukauka',
      ],
      treatment: [
        'Kawaida dawa haihitajiki. Vivimbe vikiwa vingi kabla ya kuchanua, nyunyizia dawa ya kuua kuvu kama mancozeb, propiconazole au tebuconazole; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina za mahindi zinazostahimili kutu',
        'Panda mapema mwanzoni mwa mvua',
        'Ng’oa mahindi yanayoota yenyewe nje ya msimu',
        'Weka mbolea kwa uwiano unaofaa',
      ],
    },
    'Corn_(maize)___Northern_Leaf_Blight': {
      name: 'Baka jani la kaskazini (Northern leaf blight)',
      about:
        'Ni ugonjwa wa kuvu (Exserohilum turcicum) unaoishi kwenye mabaki ya mahindi. Vijimbegu huenezwa na upepo na mvua wakati wa hali ya wastani ya joto na umande mwingi. Ukishambulia kabla ya kuchanua, mavuno hupungua sana.',
      symptoms: [
        'Madoa marefu yenye umbo la sigara, kijivu-kijani au kahawia hafifu, urefu wa sentimita 2.5–15',
        'Huanzia majani ya chini',
        'Wakati wa unyevu, madoa hufunikwa na ukungu mweusi',
      ],
      treatment: [
        'Dalili zikionekana mapema kabla ya kuchanua, nyunyizia dawa ya kuua kuvu kama propiconazole, azoxystrobin au mancozeb; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Baada ya mavuno, lima na ufukie mabaki ya mahindi',
      ],
      prevention: [
        'Panda aina za mahindi zinazostahimili ugonjwa huu',
        'Zungusha mazao kwa angalau mwaka mmoja bila mahindi',
        'Weka nafasi nzuri kati ya mimea ili majani yakauke haraka',
      ],
    },
    'Corn_(maize)___healthy': {
      name: 'Jani la mahindi lenye afya',
      about: 'Jani hili la mahindi linaonekana lenye afya. Hakuna madoa, kutu wala dalili za wadudu.',
      symptoms: [
        'Jani ni la kijani kibichi sawasawa, bila madoa wala vivimbe',
        'Angalia madoa ya kijivu, vivimbe vya kutu au mashimo ya viwavi',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Tumia mbegu bora zilizothibitishwa',
        'Zungusha mahindi na mikunde kama maharage au soya',
        'Palilia mapema na weka mbolea kwa wakati',
      ],
    },
    Grape___Black_rot: {
      name: 'Uozo mweusi wa zabibu (Black rot)',
      about:
        'Ni ugonjwa wa kuvu (Guignardia bidwellii) unaoishi kwenye zabibu zilizokauka na matawi yaliyoathirika. Huenezwa na matone ya mvua wakati wa joto na unyevu. Unaweza kuharibu karibu mavuno yote.',
      symptoms: [
        'Madoa ya mviringo ya kahawia yenye ukingo mweusi na vitone vidogo vyeusi kwenye majani',
        'Punje za zabibu hugeuka kahawia, kisha hukunjamana kuwa ngumu na nyeusi',
        'Madoa marefu meusi kwenye machipukizi na vikonyo',
      ],
      treatment: [
        'Ondoa na uchome zabibu zilizokauka na matawi yaliyoathirika',
        'Nyunyizia dawa ya kuua kuvu kama mancozeb, captan au myclobutanil kuanzia machipukizi mapya hadi punje zianze kuiva; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Weka shamba safi: ondoa punje zilizokauka mizabibuni na chini',
        'Pogoa na funga mizabibu ili hewa na jua vipite',
        'Ondoa mizabibu ya porini iliyo karibu',
      ],
    },
    'Grape___Esca_(Black_Measles)': {
      name: 'Esca ya zabibu (Black measles)',
      about:
        'Ni ugonjwa wa mti wa mzabibu unaosababishwa na kundi la kuvu (kama Phaeomoniella chlamydospora na Phaeoacremonium). Kuvu huingia kupitia vidonda vya kupogoa, hasa wakati wa mvua. Hudhoofisha mzabibu kwa miaka na unaweza kuuua ghafla.',
      symptoms: [
        'Michirizi ya njano au kahawia-nyekundu kati ya mishipa ya jani (kama ngozi ya chui) inayokauka',
        'Vitone vidogo vya kahawia-zambarau kwenye punje za zabibu',
        'Mzabibu mzima unaweza kunyauka ghafla wakati wa joto',
        'Ukikata shina, ndani kuna michirizi au vitone vyeusi',
      ],
      treatment: [
        'Hakuna dawa ya kuponya. Kata sehemu za shina zilizokufa hadi kufikia mti mzima, na uchome vipande hivyo',
        'Ng’oa na uchome mizabibu iliyoathirika vibaya',
        'Funika vidonda vikubwa vya kupogoa kwa dawa ya kuziba vidonda au dawa ya kuua kuvu iliyoruhusiwa; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Pogoa wakati wa kiangazi, siyo wakati wa mvua',
        'Safisha zana za kupogoa kwa dawa ya kuua vijidudu kati ya mzabibu mmoja na mwingine',
        'Panda miche safi kutoka kitalu kinachoaminika',
        'Epuka kukata matawi makubwa bila sababu',
      ],
    },
    'Grape___Leaf_blight_(Isariopsis_Leaf_Spot)': {
      name: 'Madoa ya majani ya zabibu (Isariopsis leaf spot)',
      about:
        'Ni ugonjwa wa kuvu (Pseudocercospora vitis, zamani Isariopsis) unaoshambulia majani wakati wa joto na unyevu. Kuvu huishi kwenye majani yaliyoanguka na huenezwa na upepo na mvua. Majani huanguka mapema na mzabibu hudhoofika.',
      symptoms: [
        'Madoa yasiyo na umbo maalum, kahawia-nyekundu hadi meusi, mara nyingi yakiwa na duara la njano',
        'Upande wa chini wa jani kuna ukungu mweusi',
        'Madoa huungana, jani hukauka na kuanguka mapema',
      ],
      treatment: [
        'Ondoa na uharibu majani yaliyoathirika',
        'Nyunyizia dawa ya kuua kuvu kama mancozeb au dawa yenye shaba (copper); fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Kusanya na uchome majani yaliyoanguka',
        'Pogoa na ufunge mizabibu ili hewa ipite vizuri',
        'Usimwagilie maji juu ya majani',
      ],
    },
    Grape___healthy: {
      name: 'Jani la mzabibu lenye afya',
      about: 'Jani hili la mzabibu linaonekana lenye afya. Hakuna madoa, ukungu wala dalili za wadudu.',
      symptoms: [
        'Jani ni la kijani sawasawa, bila madoa',
        'Angalia madoa ya kahawia, unga mweupe au michirizi ya njano kati ya mishipa',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Pogoa na ufunge mizabibu ili hewa na jua vipite',
        'Ondoa majani na punje zilizoanguka',
        'Safisha zana za kupogoa',
      ],
    },
    'Orange___Haunglongbing_(Citrus_greening)': {
      name: 'Ugonjwa wa kijani wa machungwa (HLB, Citrus greening)',
      about:
        'Ni ugonjwa hatari wa bakteria (Candidatus Liberibacter) unaoishi ndani ya mishipa ya mti. Huenezwa na wadudu sila (Asian citrus psyllid na African citrus psyllid) na kwa vikonyo vya kupandikiza vilivyoambukizwa. Hauna tiba na mti huendelea kufa polepole.',
      symptoms: [
        'Majani yenye madoa ya njano yasiyolingana pande mbili za mshipa wa kati',
        'Tawi moja au zaidi lenye majani ya njano',
        'Matunda madogo, yaliyopinda, yanayobaki kijani upande wa chini na yenye ladha chungu',
        'Matunda huanguka mapema na matawi hukauka kuanzia juu',
      ],
      treatment: [
        'Hakuna tiba. Ng’oa na uchome mti ulioathirika mapema ili usiambukize mingine',
        'Dhibiti wadudu sila kwa mafuta ya mwarobaini, mafuta ya madini au dawa ya kuua wadudu kama imidacloprid; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Ripoti kwa afisa ugani wa eneo lako',
      ],
      prevention: [
        'Nunua miche iliyothibitishwa kutoka kitalu kilichosajiliwa',
        'Kagua machipukizi mapya kila wiki kuona wadudu sila',
        'Shirikiana na majirani kudhibiti wadudu kwa wakati mmoja',
        'Usihamishe vikonyo au miche kutoka maeneo yenye ugonjwa',
      ],
    },
    Peach___Bacterial_spot: {
      name: 'Madoa ya bakteria ya pichi (Bacterial spot)',
      about:
        'Ni ugonjwa wa bakteria (Xanthomonas arboricola pv. pruni) unaoishi kwenye vidonda vya matawi. Huenezwa na mvua yenye upepo, hasa wakati wa joto na unyevu. Hudondosha majani na kuharibu matunda.',
      symptoms: [
        'Madoa madogo ya pembe kwenye majani, yenye unyevu, kisha huwa zambarau au meusi',
        'Katikati ya doa hudondoka na kuacha matundu madogo',
        'Majani hugeuka njano na kuanguka',
        'Matunda yana madoa yaliyozama na nyufa',
      ],
      treatment: [
        'Kata na uchome matawi yenye vidonda',
        'Nyunyizia dawa yenye shaba (copper) mapema msimu, kwa kiwango kidogo kwa sababu shaba nyingi huunguza majani ya pichi; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina za pichi zinazostahimili ugonjwa huu',
        'Panda vizuizi vya upepo kuzunguka shamba',
        'Weka mbolea kwa uwiano, bila naitrojeni kupita kiasi',
      ],
    },
    Peach___healthy: {
      name: 'Jani la pichi lenye afya',
      about: 'Jani hili la pichi linaonekana lenye afya. Hakuna madoa, matundu wala kujikunja.',
      symptoms: [
        'Jani ni la kijani, refu na tambarare, bila madoa',
        'Angalia matundu madogo, madoa ya zambarau au majani yanayojikunja na kuvimba',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Pogoa kila mwaka ili katikati ya mti ipate jua',
        'Ondoa matunda yaliyooza na majani yaliyoanguka',
        'Mwagilia kwenye shina, si juu ya majani',
      ],
    },
    'Pepper,_bell___Bacterial_spot': {
      name: 'Madoa ya bakteria ya pilipili hoho (Bacterial spot)',
      about:
        'Ni ugonjwa wa bakteria (Xanthomonas) unaobebwa na mbegu na mabaki ya mimea. Huenezwa na matone ya mvua, maji ya kumwagilia, mikono na zana, hasa wakati wa joto na unyevu. Huangusha majani na kuharibu matunda.',
      symptoms: [
        'Madoa madogo yenye unyevu kwenye majani, kisha huwa kahawia yakiwa na duara la njano',
        'Majani hugeuka njano na kuanguka',
        'Madoa yaliyoinuka kama vigaga kwenye matunda',
      ],
      treatment: [
        'Ng’oa mimea iliyoathirika sana na uondoe majani yenye madoa',
        'Nyunyizia dawa yenye shaba (copper) ikichanganywa na mancozeb; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Usifanye kazi shambani mimea ikiwa na unyevu',
      ],
      prevention: [
        'Tumia mbegu zilizothibitishwa au zilizotibiwa kwa maji ya moto',
        'Zungusha mazao kwa miaka 2–3 bila pilipili wala nyanya',
        'Tumia umwagiliaji wa matone badala ya kumwagilia juu ya majani',
        'Panda aina zinazostahimili ugonjwa huu',
      ],
    },
    'Pepper,_bell___healthy': {
      name: 'Jani la pilipili hoho lenye afya',
      about: 'Jani hili la pilipili hoho linaonekana lenye afya. Hakuna madoa wala dalili za wadudu.',
      symptoms: [
        'Jani ni la kijani kinachong’aa, bila madoa',
        'Angalia madoa yenye unyevu, majani kujikunja au wadudu upande wa chini',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Tumia mbegu safi na zungusha mazao',
        'Mwagilia kwenye shina, asubuhi',
        'Palilia na ondoa mabaki ya mimea baada ya mavuno',
      ],
    },
    Potato___Early_blight: {
      name: 'Baka jani tangulizi la viazi (Early blight)',
      about:
        'Ni ugonjwa wa kuvu (Alternaria solani) unaoishi kwenye udongo na mabaki ya mimea. Huenezwa na upepo na matone ya mvua, hasa mimea ikiwa imezeeka au imedhoofika. Hupunguza mavuno lakini huenea polepole kuliko baka jani chelewa.',
      symptoms: [
        'Madoa ya kahawia iliyokolea yenye miduara kama shabaha kwenye majani',
        'Huanzia majani ya chini yaliyozeeka; doa huzungukwa na njano',
        'Majani hugeuka njano na kukauka',
        'Viazi vinaweza kuwa na madoa meusi yaliyozama',
      ],
      treatment: [
        'Ondoa majani ya chini yaliyoathirika',
        'Nyunyizia dawa ya kuua kuvu kama mancozeb, chlorothalonil au azoxystrobin, rudia kila siku 7–14; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Zungusha mazao kwa miaka 2–3 bila viazi, nyanya wala biringanya',
        'Panda mbegu za viazi zilizothibitishwa',
        'Weka mbolea kwa uwiano ili mimea iwe na nguvu',
        'Ondoa na uharibu mabaki ya mimea baada ya mavuno',
      ],
    },
    Potato___Late_blight: {
      name: 'Baka jani chelewa la viazi (Late blight)',
      about:
        'Ni ugonjwa hatari unaosababishwa na Phytophthora infestans (ukungu wa maji). Huenea haraka sana wakati wa baridi na unyevu, kwa upepo, mbegu za viazi zilizoambukizwa na mimea inayoota yenyewe. Unaweza kuharibu shamba lote ndani ya wiki 1–2.',
      symptoms: [
        'Mabaka makubwa ya kijani-giza au kahawia yenye unyevu, kuanzia ncha na kingo za majani',
        'Ukungu mweupe upande wa chini wa jani asubuhi yenye unyevu',
        'Mashina huwa meusi na mimea huanguka',
        'Viazi vina uozo wa kahawia-nyekundu chini ya ganda',
      ],
      treatment: [
        'Ng’oa na uharibu mara moja mimea iliyoathirika',
        'Nyunyizia mara moja dawa ya kuua kuvu kama metalaxyl + mancozeb au cymoxanil + mancozeb, rudia kila siku 7 wakati wa mvua; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Kata na uondoe mashina wiki 2 kabla ya kuvuna ili viazi visiambukizwe',
      ],
      prevention: [
        'Panda mbegu zilizothibitishwa za aina zinazostahimili ugonjwa huu',
        'Nyunyizia mancozeb kabla ya ugonjwa kuonekana wakati wa mvua na baridi',
        'Pandishia udongo kwenye mashina ili kufunika viazi',
        'Ng’oa viazi vinavyoota vyenyewe na uharibu mirundo ya viazi vilivyotupwa',
      ],
    },
    Potato___healthy: {
      name: 'Jani la viazi lenye afya',
      about: 'Jani hili la viazi linaonekana lenye afya. Hakuna madoa, mabaka wala ukungu.',
      symptoms: [
        'Jani ni la kijani sawasawa, bila madoa',
        'Wakati wa baridi na mvua, kagua kila siku 2–3 kuona mabaka meusi yenye unyevu',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Panda mbegu za viazi zilizothibitishwa',
        'Zungusha mazao na pandishia udongo kwenye mashina',
        'Ng’oa viazi vinavyoota vyenyewe nje ya msimu',
      ],
    },
    Raspberry___healthy: {
      name: 'Jani la rasiberi lenye afya',
      about: 'Jani hili la rasiberi linaonekana lenye afya. Hakuna madoa, kutu wala wadudu.',
      symptoms: [
        'Jani ni la kijani sawasawa, bila madoa',
        'Angalia madoa ya njano-machungwa, vidonda kwenye mashina au utitiri upande wa chini',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Kata mashina yaliyozaa baada ya mavuno',
        'Weka nafasi kati ya mistari ili hewa ipite',
        'Tumia miche safi iliyothibitishwa',
      ],
    },
    Soybean___healthy: {
      name: 'Jani la soya lenye afya',
      about: 'Jani hili la soya linaonekana lenye afya. Hakuna madoa, kutu wala dalili za wadudu.',
      symptoms: [
        'Jani ni la kijani sawasawa, bila madoa',
        'Angalia madoa ya kahawia, kutu upande wa chini au majani yenye mabaka ya njano',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Tumia mbegu bora na chanjo ya rhizobium inapopatikana',
        'Zungusha soya na mahindi au nafaka nyingine',
        'Palilia mapema',
      ],
    },
    Squash___Powdery_mildew: {
      name: 'Ubwiri unga wa maboga (Powdery mildew)',
      about:
        'Ni ugonjwa wa kuvu (Podosphaera xanthii na Erysiphe) unaoota juu ya majani kama unga mweupe. Vijimbegu huenezwa na upepo, hasa siku za joto, usiku wenye unyevu na kivuli. Majani hukauka mapema na matunda huwa madogo.',
      symptoms: [
        'Madoa ya unga mweupe juu ya majani na kwenye mashina',
        'Madoa huungana na kufunika jani lote',
        'Majani hugeuka njano, hukauka na matunda hukosa ladha',
      ],
      treatment: [
        'Ondoa majani yaliyoathirika sana',
        'Nyunyizia salfa, potassium bicarbonate, mafuta ya mwarobaini au dawa ya kuua kuvu iliyoruhusiwa kwa maboga; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina zinazostahimili ubwiri unga',
        'Panda mahali penye jua na acha nafasi ya kutosha kati ya mimea',
        'Usiweke mbolea ya naitrojeni kupita kiasi',
      ],
    },
    Strawberry___Leaf_scorch: {
      name: 'Kuungua kwa majani ya stroberi (Leaf scorch)',
      about:
        'Ni ugonjwa wa kuvu (Diplocarpon earlianum) unaoishi kwenye majani yaliyoathirika. Huenezwa na matone ya mvua na maji ya kumwagilia wakati wa joto na unyevu. Hudhoofisha mimea na kupunguza mavuno ya mwaka unaofuata.',
      symptoms: [
        'Vidoa vingi vidogo vya zambarau upande wa juu wa jani',
        'Vidoa huungana na jani huwa zambarau kisha kahawia kama limeungua',
        'Kingo za jani hukauka na kujikunja',
      ],
      treatment: [
        'Ondoa na uharibu majani yaliyoathirika; baada ya mavuno kata majani yote ya zamani',
        'Nyunyizia dawa ya kuua kuvu kama captan, myclobutanil au dawa yenye shaba; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda miche safi iliyothibitishwa ya aina zinazostahimili',
        'Tumia umwagiliaji wa matone na matandazo',
        'Badilisha kitalu cha stroberi kila baada ya miaka 2–3',
        'Palilia na acha nafasi kati ya mimea',
      ],
    },
    Strawberry___healthy: {
      name: 'Jani la stroberi lenye afya',
      about: 'Jani hili la stroberi linaonekana lenye afya. Hakuna vidoa, kuungua wala wadudu.',
      symptoms: [
        'Jani ni la kijani kinachong’aa, bila madoa',
        'Angalia vidoa vya zambarau, kingo zinazokauka au utitiri upande wa chini',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Tumia umwagiliaji wa matone na matandazo',
        'Ondoa majani yaliyokufa',
        'Badilisha kitalu kila baada ya miaka 2–3',
      ],
    },
    Tomato___Bacterial_spot: {
      name: 'Madoa ya bakteria ya nyanya (Bacterial spot)',
      about:
        'Ni ugonjwa wa bakteria (Xanthomonas) unaobebwa na mbegu na mabaki ya mimea. Huenezwa na matone ya mvua, maji ya kumwagilia, mikono na zana, hasa wakati wa joto na unyevu. Huangusha majani na kuharibu matunda.',
      symptoms: [
        'Madoa madogo meusi yenye unyevu kwenye majani, mara nyingi yakiwa na duara la njano',
        'Majani hukauka kuanzia kingo na kuanguka',
        'Vigaga vidogo vyeusi vilivyoinuka kwenye matunda',
      ],
      treatment: [
        'Ondoa majani yenye madoa na ng’oa mimea iliyoathirika sana',
        'Nyunyizia dawa yenye shaba (copper) ikichanganywa na mancozeb; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Usiguse mimea ikiwa na unyevu',
      ],
      prevention: [
        'Tumia mbegu na miche safi iliyothibitishwa',
        'Zungusha mazao kwa miaka 2–3 bila nyanya wala pilipili',
        'Tumia umwagiliaji wa matone',
        'Safisha zana na mikono kati ya mistari',
      ],
    },
    Tomato___Early_blight: {
      name: 'Baka jani tangulizi la nyanya (Early blight)',
      about:
        'Ni ugonjwa wa kuvu (Alternaria solani) unaoishi kwenye udongo, mabaki ya mimea na mbegu. Huenezwa na upepo, mvua na maji ya kumwagilia. Huangusha majani na kupunguza mavuno.',
      symptoms: [
        'Madoa ya kahawia yenye miduara kama shabaha, yakizungukwa na njano',
        'Huanzia majani ya chini yaliyozeeka',
        'Madoa meusi yaliyozama kwenye shina na kwenye kikonyo cha tunda',
      ],
      treatment: [
        'Ondoa majani ya chini yaliyoathirika na uyaharibu',
        'Nyunyizia dawa ya kuua kuvu kama mancozeb, chlorothalonil au azoxystrobin, rudia kila siku 7–10; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Zungusha mazao kwa miaka 2–3 bila nyanya, viazi wala biringanya',
        'Weka matandazo ili udongo usirukie majani',
        'Simika nyanya kwa miti na pogoa majani ya chini',
        'Mwagilia kwenye shina, asubuhi',
      ],
    },
    Tomato___Late_blight: {
      name: 'Baka jani chelewa la nyanya (Late blight)',
      about:
        'Ni ugonjwa hatari unaosababishwa na Phytophthora infestans (ukungu wa maji). Huenea haraka sana kwa upepo wakati wa baridi na unyevu, na unaweza kuharibu shamba lote ndani ya siku chache.',
      symptoms: [
        'Mabaka makubwa ya kijani-giza au kahawia yenye unyevu kwenye majani',
        'Ukungu mweupe upande wa chini wa jani wakati wa unyevu',
        'Mabaka ya kahawia kwenye mashina',
        'Matunda yana mabaka magumu ya kahawia yenye kung’aa kama mafuta',
      ],
      treatment: [
        'Ng’oa na uharibu mara moja mimea iliyoathirika; usiiweke kwenye mboji',
        'Nyunyizia mara moja dawa ya kuua kuvu kama metalaxyl + mancozeb au cymoxanil + mancozeb, rudia kila siku 7 wakati wa mvua; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Usipande nyanya karibu na viazi',
        'Nyunyizia mancozeb au dawa yenye shaba kabla ya ugonjwa wakati wa mvua na baridi',
        'Acha nafasi kati ya mimea na mwagilia kwenye shina',
        'Panda aina zinazostahimili ugonjwa huu',
      ],
    },
    Tomato___Leaf_Mold: {
      name: 'Ukungu wa majani ya nyanya (Leaf mold)',
      about:
        'Ni ugonjwa wa kuvu (Passalora fulva) unaopenda unyevu mwingi, hasa ndani ya greenhouse. Vijimbegu huenezwa na hewa, maji, zana na nguo, na huishi kwenye mabaki ya mimea. Hupunguza mavuno majani yakikauka.',
      symptoms: [
        'Madoa ya kijani hafifu au njano upande wa juu wa jani',
        'Ukungu laini wa kijani-kijivu au zambarau upande wa chini wa jani',
        'Majani hujikunja, hukauka na kuanguka',
      ],
      treatment: [
        'Punguza unyevu: fungua greenhouse ipate hewa na mwagilia asubuhi tu',
        'Ondoa majani yaliyoathirika',
        'Nyunyizia dawa ya kuua kuvu kama chlorothalonil, mancozeb au dawa yenye shaba; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina zinazostahimili ukungu wa majani',
        'Acha nafasi kati ya mimea na pogoa majani ya chini',
        'Usilowanishe majani wakati wa kumwagilia',
        'Safisha greenhouse na ondoa mabaki yote kati ya msimu mmoja na mwingine',
      ],
    },
    Tomato___Septoria_leaf_spot: {
      name: 'Madoa ya Septoria ya nyanya (Septoria leaf spot)',
      about:
        'Ni ugonjwa wa kuvu (Septoria lycopersici) unaoishi kwenye mabaki ya nyanya na magugu jamii ya mnavu. Huenezwa na matone ya mvua na maji ya kumwagilia wakati wa joto na unyevu. Huangusha majani mengi na matunda huungua jua.',
      symptoms: [
        'Vidoa vingi vidogo vya mviringo (milimita 2–3) vyenye katikati ya kijivu na ukingo wa kahawia',
        'Vitone vidogo vyeusi katikati ya doa',
        'Huanzia majani ya chini; majani hugeuka njano na kuanguka',
      ],
      treatment: [
        'Ondoa majani ya chini yaliyoathirika na uyaharibu',
        'Nyunyizia dawa ya kuua kuvu kama chlorothalonil, mancozeb au dawa yenye shaba; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Zungusha mazao kwa miaka 2–3',
        'Weka matandazo na simika nyanya kwa miti',
        'Ng’oa magugu jamii ya mnavu karibu na shamba',
        'Tumia umwagiliaji wa matone',
      ],
    },
    'Tomato___Spider_mites Two-spotted_spider_mite': {
      name: 'Utitiri buibui wa nyanya (Two-spotted spider mite)',
      about:
        'Si ugonjwa, ni wadudu wadogo sana jamii ya buibui (Tetranychus urticae) wanaofyonza majani upande wa chini. Huongezeka haraka wakati wa joto, ukame na vumbi, na huenezwa na upepo, nguo na miche. Wakiwa wengi, mimea hukauka.',
      symptoms: [
        'Vitone vidogo vingi vya njano au vyeupe kwenye majani',
        'Utando mwembamba kama wa buibui upande wa chini wa jani',
        'Majani hubadilika rangi ya shaba au njano na kukauka',
        'Vidudu vidogo vinavyotembea upande wa chini wa jani (tumia lenzi)',
      ],
      treatment: [
        'Nyunyizia maji kwa nguvu upande wa chini wa majani ili kuwaondoa',
        'Nyunyizia mafuta ya mwarobaini au sabuni ya kuua wadudu, hakikisha unafikia upande wa chini wa jani',
        'Wakiwa wengi, tumia dawa ya kuua utitiri kama abamectin; badilisha aina ya dawa kwa sababu utitiri huzoea dawa; fuata maelekezo ya lebo na kanuni za eneo lako',
        'Ondoa majani yaliyoshambuliwa sana',
      ],
      prevention: [
        'Epuka dawa za kuua wadudu wa kila aina zinazoua maadui wa asili wa utitiri',
        'Mwagilia vizuri ili mimea isikauke na kupunguza vumbi',
        'Palilia magugu yanayohifadhi utitiri',
        'Kagua upande wa chini wa majani kila wiki wakati wa kiangazi',
      ],
    },
    Tomato___Target_Spot: {
      name: 'Madoa shabaha ya nyanya (Target spot)',
      about:
        'Ni ugonjwa wa kuvu (Corynespora cassiicola) unaoshambulia majani, mashina na matunda wakati wa joto na unyevu. Huishi kwenye mabaki ya mimea na huenezwa na upepo na matone ya maji. Huangusha majani na kuharibu matunda.',
      symptoms: [
        'Madoa ya kahawia ya mviringo yenye miduara hafifu na duara la njano',
        'Katikati ya doa inaweza kupasuka',
        'Madoa meusi yaliyozama kwenye matunda',
      ],
      treatment: [
        'Ondoa majani ya chini yaliyoathirika',
        'Nyunyizia dawa ya kuua kuvu kama chlorothalonil, mancozeb au azoxystrobin; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Acha nafasi kati ya mimea na pogoa ili hewa ipite',
        'Zungusha mazao na ondoa mabaki ya mimea baada ya mavuno',
        'Mwagilia kwenye shina, si juu ya majani',
      ],
    },
    Tomato___Tomato_Yellow_Leaf_Curl_Virus: {
      name: 'Virusi vya majani ya nyanya kujikunja na kuwa njano (TYLCV)',
      about:
        'Ni ugonjwa wa virusi unaoenezwa na inzi weupe (Bemisia tabaci). Hauenezwi kwa mbegu. Hauna tiba, na mimea ikiambukizwa mapema huzaa matunda machache sana.',
      symptoms: [
        'Majani hujikunja kwenda juu na kingo zake huwa njano',
        'Majani mapya ni madogo na yamekunjamana',
        'Mmea hudumaa na maua huanguka',
        'Matunda ni machache au hakuna kabisa',
      ],
      treatment: [
        'Hakuna tiba. Ng’oa mimea iliyoathirika mapema, iweke kwenye mfuko na uifukie au uichome',
        'Dhibiti inzi weupe kwa mitego ya manjano yenye gundi, mafuta ya mwarobaini au dawa ya kuua wadudu kama pyriproxyfen au spirotetramat; badilisha aina ya dawa; fuata maelekezo ya lebo na kanuni za eneo lako',
      ],
      prevention: [
        'Panda aina za nyanya zinazostahimili TYLCV',
        'Otesha miche ndani ya kitalu kilichofunikwa kwa neti ya kuzuia wadudu',
        'Ondoa magugu na mabaki ya nyanya ya msimu uliopita',
        'Usipande nyanya mpya karibu na shamba la zamani lenye ugonjwa',
      ],
    },
    Tomato___Tomato_mosaic_virus: {
      name: 'Virusi vya batobato vya nyanya (Tomato mosaic virus)',
      about:
        'Ni ugonjwa wa virusi (ToMV) unaodumu muda mrefu kwenye mabaki ya mimea, mbegu na zana. Huenezwa kwa kugusa: mikono, zana, nguo na tumbaku. Hauna tiba.',
      symptoms: [
        'Majani yenye mabaka ya kijani-hafifu na kijani-giza (batobato)',
        'Majani yamekunjamana, membamba au kama uzi',
        'Mmea hudumaa; matunda huiva bila usawa',
      ],
      treatment: [
        'Hakuna tiba. Ng’oa mimea iliyoathirika na uitoe shambani',
        'Osha mikono kwa sabuni na safisha zana kwa dawa ya kuua vijidudu (mfano bleach/Jik iliyochanganywa na maji) kabla ya kugusa mimea mingine',
      ],
      prevention: [
        'Tumia mbegu zilizothibitishwa na aina zinazostahimili ToMV',
        'Usivute sigara wala kushika tumbaku unapofanya kazi na nyanya',
        'Dhibiti vidukari: virusi vingine vya batobato vinavyofanana huenezwa na vidukari',
        'Zungusha mazao na ondoa mabaki yote ya mimea',
      ],
    },
    Tomato___healthy: {
      name: 'Jani la nyanya lenye afya',
      about: 'Jani hili la nyanya linaonekana lenye afya. Hakuna madoa, ukungu, batobato wala wadudu.',
      symptoms: [
        'Jani ni la kijani sawasawa, bila madoa wala kujikunja',
        'Angalia madoa mapya, majani kujikunja, inzi weupe au utitiri upande wa chini',
      ],
      treatment: ['Hakuna tiba inayohitajika. Endelea na utunzaji wa kawaida'],
      prevention: [
        'Simika nyanya kwa miti na pogoa majani ya chini',
        'Mwagilia kwenye shina na weka matandazo',
        'Zungusha mazao na safisha zana mara kwa mara',
      ],
    },
  },
};
