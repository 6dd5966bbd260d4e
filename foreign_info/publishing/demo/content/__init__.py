"""Demo content for the "Thông tin đối ngoại" (foreign-information) section of the Đắk Lắk portal.

Plain data, no Django imports: the demo loader creates the Vietnamese pages from it and then a
translation for every other language key present. Every text dict maps a language code to plain
text (no HTML). Inside one article every text dict has the same language keys.

Figures are deliberately rounded ("khoảng", "about"); quotes are attributed to roles, not to named
officials, because this is demonstration content.
"""

from .articles import (
    champasak_cooperation,
    coffee_festival,
    drought_and_reforestation,
    ede_gong_culture,
    investment_promotion,
    investor_services,
    mondulkiri_friendship,
    overseas_vietnamese,
    waterfalls_and_forests,
)

LANGUAGES_ALL = ["vi", "en", "fr", "zh-hans", "ja", "ko", "ru", "km", "lo"]

PORTAL = {
    "organization_name": "Cổng thông tin điện tử tỉnh Đắk Lắk",
    "organization_name_international": "Dak Lak Provincial Portal",
    "address": "Đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk, Việt Nam",
    "telephone": "+84 262 000 0000",
    "email": "thongtindoingoai@example.gov.vn",
}
# The portal's name and address as each language's readers see them (Settings -> Portal settings).
PORTAL_TRANSLATIONS = {
    "en": ("Dak Lak Provincial Portal", "Le Duan Street, Buon Ma Thuot Ward, Dak Lak Province, Viet Nam"),
    "fr": ("Portail de la province de Dak Lak", "Rue Le Duan, quartier de Buon Ma Thuot, province de Dak Lak, Viêt Nam"),
    "zh-hans": ("多乐省门户网站", "越南多乐省邦美蜀坊黎笋路"),
    "ja": ("ダクラク省ポータル", "ベトナム、ダクラク省、バンメトート区、レ・ズアン通り"),
    "ko": ("닥락성 포털", "베트남 닥락성 부온마투옷동 레주언 거리"),
    "ru": ("Портал провинции Даклак", "ул. Ле Зуан, квартал Буонматхуот, провинция Даклак, Вьетнам"),
    "km": ("វិបផតថលខេត្តដាក់ឡាក់", "ផ្លូវលេយ្វាន សង្កាត់ប៊ួនមេធូត ខេត្តដាក់ឡាក់ វៀតណាម"),
    "lo": ("ເວັບໄຊແຂວງດັກລັກ", "ຖະໜົນ ເລ ຢວນ, ເມືອງບວນມາທວດ, ແຂວງດັກລັກ, ຫວຽດນາມ"),
}

# ---------------------------------------------------------------------------------------------
# Section home
# ---------------------------------------------------------------------------------------------

SECTION = {
    "title": {
        "vi": "Thông tin đối ngoại",
        "en": "International Information",
        "fr": "Informations internationales",
        "zh-hans": "对外信息",
        "ja": "対外情報",
        "ko": "대외 정보",
        "ru": "Информация для зарубежных читателей",
        "km": "ព័ត៌មានសម្រាប់អ្នកអានអន្តរជាតិ",
        "lo": "ຂໍ້ມູນຂ່າວສານດ້ານການຕ່າງປະເທດ",
    },
    "intro": {
        "vi": "Tin tức, chính sách và câu chuyện về tỉnh Đắk Lắk dành cho bạn bè quốc tế và đồng bào Việt Nam ở nước ngoài. "
        "Tìm hiểu cơ hội đầu tư, điểm đến du lịch, văn hóa các dân tộc Tây Nguyên và hoạt động hợp tác của tỉnh với các địa phương nước bạn.",
        "en": "News, policies and stories from Dak Lak province for international friends and Vietnamese people living abroad. "
        "Learn about investment opportunities, destinations, the cultures of the Central Highlands' ethnic communities and the province's cooperation with partners in neighbouring countries.",
        "fr": "Actualités, politiques publiques et récits de la province de Dak Lak pour les amis étrangers et les Vietnamiens résidant à l'étranger. "
        "Découvrez les opportunités d'investissement, les destinations touristiques, les cultures des communautés ethniques des Hauts Plateaux du Centre et la coopération de la province avec ses partenaires des pays voisins.",
        "zh-hans": "面向国际友人和海外越南人的多乐省新闻、政策与故事。了解本省的投资机遇、旅游目的地、西原各民族文化以及与邻国地方的合作情况。",
        "ja": "海外の皆さまと在外ベトナム人に向けて、ダクラク省のニュース、政策、話題をお届けします。"
        "投資の機会、観光地、中部高原の諸民族の文化、近隣諸国の地方との協力についてご紹介します。",
        "ko": "국제 친구들과 해외 거주 베트남인을 위한 닥락성의 뉴스, 정책, 이야기입니다. "
        "투자 기회, 관광지, 중부 고원 여러 민족의 문화, 그리고 이웃 나라 지방과의 협력 활동을 소개합니다.",
        "ru": "Новости, политика и истории провинции Даклак для зарубежных друзей и вьетнамцев, проживающих за рубежом. "
        "Узнайте об инвестиционных возможностях, туристических местах, культуре народов Центрального плато и сотрудничестве провинции с партнёрами из соседних стран.",
        "km": "ព័ត៌មាន គោលនយោបាយ និងរឿងរ៉ាវអំពីខេត្តដាក់ឡាក់ សម្រាប់មិត្តភក្តិអន្តរជាតិ និងជនជាតិវៀតណាមដែលរស់នៅក្រៅប្រទេស។ "
        "ស្វែងយល់អំពីឱកាសវិនិយោគ គោលដៅទេសចរណ៍ វប្បធម៌របស់ជនជាតិនានានៅតំបន់ខ្ពង់រាបកណ្ដាល និងកិច្ចសហប្រតិបត្តិការរបស់ខេត្តជាមួយដៃគូនៅប្រទេសជិតខាង។",
        "lo": "ຂ່າວສານ, ນະໂຍບາຍ ແລະ ເລື່ອງລາວກ່ຽວກັບແຂວງດັກລັກ ສຳລັບໝູ່ເພື່ອນສາກົນ ແລະ ຄົນຫວຽດນາມທີ່ອາໄສຢູ່ຕ່າງປະເທດ. "
        "ຮຽນຮູ້ກ່ຽວກັບໂອກາດການລົງທຶນ, ສະຖານທີ່ທ່ອງທ່ຽວ, ວັດທະນະທຳຂອງບັນດາຊົນເຜົ່າໃນເຂດພູພຽງພາກກາງ ແລະ ການຮ່ວມມືຂອງແຂວງກັບຄູ່ຮ່ວມມືໃນປະເທດເພື່ອນບ້ານ.",
    },
    "hero_alt": {
        "vi": "Đồi cà phê xanh trải dài dưới bầu trời Tây Nguyên gần Buôn Ma Thuột",
        "en": "Green coffee hills stretching under the Central Highlands sky near Buon Ma Thuot",
        "fr": "Collines de caféiers verdoyantes sous le ciel des Hauts Plateaux du Centre, près de Buon Ma Thuot",
        "zh-hans": "邦美蜀附近西原天空下绵延的绿色咖啡山丘",
        "ja": "バンメトート近郊、中部高原の空の下に広がる緑のコーヒー畑の丘",
        "ko": "부온마투옷 인근 중부 고원 하늘 아래 펼쳐진 푸른 커피 언덕",
        "ru": "Зелёные кофейные холмы под небом Центрального плато недалеко от Буонматхуота",
        "km": "ចម្ការកាហ្វេពណ៌បៃតងលើកូនភ្នំ លាតសន្ធឹងក្រោមផ្ទៃមេឃនៃតំបន់ខ្ពង់រាបកណ្ដាល ក្បែរក្រុងប៊ួនមេធួត",
        "lo": "ເນີນສວນກາເຟສີຂຽວທອດຍາວຢູ່ໃຕ້ທ້ອງຟ້າເຂດພູພຽງພາກກາງ ໃກ້ກັບນະຄອນບວນມາທວດ",
    },
    "hero_caption": {
        "vi": "Vùng trồng cà phê ở Buôn Ma Thuột, trung tâm của tỉnh Đắk Lắk, vào đầu mùa mưa.",
        "en": "Coffee farms around Buon Ma Thuot, the heart of Dak Lak province, at the start of the rainy season.",
        "fr": "Plantations de café autour de Buon Ma Thuot, cœur de la province de Dak Lak, au début de la saison des pluies.",
        "zh-hans": "雨季伊始，多乐省中心邦美蜀周边的咖啡种植园。",
        "ja": "雨季の始まり、ダクラク省の中心地バンメトート周辺のコーヒー農園。",
        "ko": "우기가 시작될 무렵, 닥락성의 중심지 부온마투옷 주변의 커피 농장.",
        "ru": "Кофейные плантации вокруг Буонматхуота, центра провинции Даклак, в начале сезона дождей.",
        "km": "ចម្ការកាហ្វេជុំវិញក្រុងប៊ួនមេធួត ដែលជាបេះដូងនៃខេត្តដាក់ឡាក់ នៅដើមរដូវវស្សា។",
        "lo": "ສວນກາເຟອ້ອມຮອບນະຄອນບວນມາທວດ ເຊິ່ງເປັນໃຈກາງຂອງແຂວງດັກລັກ ໃນຊ່ວງຕົ້ນລະດູຝົນ.",
    },
    "image": {
        "key": "section-hero",
        "title": "Đồi cà phê Buôn Ma Thuột",
        "description": "Đồi cà phê xanh trải dài dưới bầu trời Tây Nguyên gần Buôn Ma Thuột",
        "credit": "Trần Quốc Huy / Cổng thông tin điện tử tỉnh Đắk Lắk",
        "palette": "highlands",
    },
}

# ---------------------------------------------------------------------------------------------
# Topics
# ---------------------------------------------------------------------------------------------

TOPICS = [
    {
        "slug": "investment",
        "sort_order": 1,
        "name": {
            "vi": "Đầu tư",
            "en": "Investment",
            "fr": "Investissement",
            "zh-hans": "投资",
            "ja": "投資",
            "ko": "투자",
            "ru": "Инвестиции",
            "km": "វិនិយោគ",
            "lo": "ການລົງທຶນ",
        },
        "description": {
            "vi": "Cơ hội đầu tư, dự án trọng điểm và môi trường kinh doanh của tỉnh Đắk Lắk.",
            "en": "Investment opportunities, key projects and the business environment in Dak Lak province.",
            "fr": "Opportunités d'investissement, projets clés et climat des affaires dans la province de Dak Lak.",
            "zh-hans": "多乐省的投资机遇、重点项目和营商环境。",
            "ja": "ダクラク省の投資機会、重点プロジェクト、ビジネス環境。",
            "ko": "닥락성의 투자 기회, 핵심 사업 및 비즈니스 환경.",
            "ru": "Инвестиционные возможности, ключевые проекты и деловой климат провинции Даклак.",
            "km": "ឱកាសវិនិយោគ គម្រោងសំខាន់ៗ និងបរិយាកាសធុរកិច្ចនៅខេត្តដាក់ឡាក់។",
            "lo": "ໂອກາດການລົງທຶນ, ໂຄງການສຳຄັນ ແລະ ສະພາບແວດລ້ອມທາງທຸລະກິດຂອງແຂວງດັກລັກ.",
        },
    },
    {
        "slug": "tourism",
        "sort_order": 2,
        "name": {
            "vi": "Du lịch",
            "en": "Tourism",
            "fr": "Tourisme",
            "zh-hans": "旅游",
            "ja": "観光",
            "ko": "관광",
            "ru": "Туризм",
            "km": "ទេសចរណ៍",
            "lo": "ການທ່ອງທ່ຽວ",
        },
        "description": {
            "vi": "Điểm đến, lễ hội và trải nghiệm ở vùng đất Tây Nguyên: thác nước, hồ, vườn quốc gia và buôn làng.",
            "en": "Destinations, festivals and experiences in the Central Highlands: waterfalls, lakes, national parks and traditional villages.",
            "fr": "Destinations, festivals et expériences sur les Hauts Plateaux du Centre : cascades, lacs, parcs nationaux et villages traditionnels.",
            "zh-hans": "西原地区的旅游目的地、节庆与体验：瀑布、湖泊、国家公园和传统村寨。",
            "ja": "中部高原の観光地、祭り、体験：滝、湖、国立公園、伝統的な村。",
            "ko": "중부 고원의 관광지, 축제, 체험: 폭포, 호수, 국립공원, 전통 마을.",
            "ru": "Достопримечательности, фестивали и впечатления Центрального плато: водопады, озёра, национальные парки и традиционные деревни.",
            "km": "គោលដៅ ពិធីបុណ្យ និងបទពិសោធន៍នៅតំបន់ខ្ពង់រាបកណ្ដាល៖ ទឹកធ្លាក់ បឹង ឧទ្យានជាតិ និងភូមិប្រពៃណី។",
            "lo": "ສະຖານທີ່ທ່ອງທ່ຽວ, ງານບຸນ ແລະ ປະສົບການໃນເຂດພູພຽງພາກກາງ: ນ້ຳຕົກຕາດ, ທະເລສາບ, ອຸທະຍານແຫ່ງຊາດ ແລະ ບ້ານພື້ນເມືອງ.",
        },
    },
    {
        "slug": "culture-and-people",
        "sort_order": 3,
        "name": {
            "vi": "Văn hóa và con người",
            "en": "Culture and people",
            "fr": "Culture et population",
            "zh-hans": "文化与人民",
            "ja": "文化と人々",
            "ko": "문화와 사람",
            "ru": "Культура и люди",
            "km": "វប្បធម៌ និងប្រជាជន",
            "lo": "ວັດທະນະທຳ ແລະ ຜູ້ຄົນ",
        },
        "description": {
            "vi": "Bản sắc của người Ê Đê, M'nông, Gia Rai và các cộng đồng khác, cùng câu chuyện của người Việt Nam trong nước và ở nước ngoài.",
            "en": "The heritage of the Ede, M'nong, Jarai and other communities, and stories of Vietnamese people at home and abroad.",
            "fr": "Le patrimoine des Ede, des M'nong, des Jarai et d'autres communautés, ainsi que des récits de Vietnamiens du pays et de l'étranger.",
            "zh-hans": "埃地族、墨侬族、嘉莱族等民族的文化遗产，以及国内外越南人的故事。",
            "ja": "エデ族、ムノン族、ザライ族などの民族の伝統と、国内外のベトナム人の物語。",
            "ko": "에데족, 므농족, 자라이족 등 여러 민족의 유산과 국내외 베트남인의 이야기.",
            "ru": "Наследие народов эде, мнонг, зярай и других общин, а также истории вьетнамцев на родине и за рубежом.",
            "km": "បេតិកភណ្ឌរបស់ជនជាតិអេដេ ម្នង ចារ៉ាយ និងសហគមន៍ផ្សេងទៀត ព្រមទាំងរឿងរ៉ាវរបស់ជនជាតិវៀតណាមក្នុងប្រទេស និងនៅបរទេស។",
            "lo": "ມໍລະດົກຂອງຊົນເຜົ່າເອເດ, ມະນົງ, ຢາລາຍ ແລະ ຊຸມຊົນອື່ນໆ ພ້ອມທັງເລື່ອງລາວຂອງຄົນຫວຽດນາມທັງພາຍໃນປະເທດ ແລະ ຢູ່ຕ່າງປະເທດ.",
        },
    },
    {
        "slug": "policy",
        "sort_order": 4,
        "name": {
            "vi": "Chính sách",
            "en": "Policy",
            "fr": "Politiques publiques",
            "zh-hans": "政策",
            "ja": "政策",
            "ko": "정책",
            "ru": "Политика",
            "km": "គោលនយោបាយ",
            "lo": "ນະໂຍບາຍ",
        },
        "description": {
            "vi": "Chính sách của tỉnh, cải cách hành chính và thủ tục dành cho nhà đầu tư, du khách và người nước ngoài.",
            "en": "Provincial policies, administrative reform and procedures for investors, visitors and foreign residents.",
            "fr": "Politiques provinciales, réforme administrative et démarches pour les investisseurs, les visiteurs et les résidents étrangers.",
            "zh-hans": "本省政策、行政改革以及面向投资者、游客和外国人的办事程序。",
            "ja": "省の政策、行政改革、投資家・旅行者・外国人向けの手続き。",
            "ko": "성의 정책, 행정 개혁, 투자자·방문객·외국인을 위한 절차.",
            "ru": "Политика провинции, административная реформа и процедуры для инвесторов, туристов и иностранных граждан.",
            "km": "គោលនយោបាយរបស់ខេត្ត កំណែទម្រង់រដ្ឋបាល និងនីតិវិធីសម្រាប់វិនិយោគិន ភ្ញៀវទេសចរ និងជនបរទេស។",
            "lo": "ນະໂຍບາຍຂອງແຂວງ, ການປະຕິຮູບບໍລິຫານ ແລະ ຂັ້ນຕອນສຳລັບນັກລົງທຶນ, ນັກທ່ອງທ່ຽວ ແລະ ຄົນຕ່າງປະເທດ.",
        },
    },
    {
        "slug": "environment-and-climate",
        "sort_order": 5,
        "name": {
            "vi": "Môi trường và khí hậu",
            "en": "Environment and climate",
            "fr": "Environnement et climat",
            "zh-hans": "环境与气候",
            "ja": "環境と気候",
            "ko": "환경과 기후",
            "ru": "Экология и климат",
            "km": "បរិស្ថាន និងអាកាសធាតុ",
            "lo": "ສິ່ງແວດລ້ອມ ແລະ ດິນຟ້າອາກາດ",
        },
        "description": {
            "vi": "Bảo vệ rừng, thích ứng với hạn hán và phát triển nông nghiệp bền vững ở Tây Nguyên.",
            "en": "Forest protection, drought adaptation and sustainable agriculture in the Central Highlands.",
            "fr": "Protection des forêts, adaptation à la sécheresse et agriculture durable sur les Hauts Plateaux du Centre.",
            "zh-hans": "西原地区的森林保护、抗旱适应和可持续农业。",
            "ja": "中部高原における森林保護、干ばつへの適応、持続可能な農業。",
            "ko": "중부 고원의 산림 보호, 가뭄 적응, 지속 가능한 농업.",
            "ru": "Охрана лесов, адаптация к засухе и устойчивое сельское хозяйство на Центральном плато.",
            "km": "ការការពារព្រៃឈើ ការបន្សាំនឹងគ្រោះរាំងស្ងួត និងកសិកម្មប្រកបដោយចីរភាពនៅតំបន់ខ្ពង់រាបកណ្ដាល។",
            "lo": "ການປົກປັກຮັກສາປ່າໄມ້, ການປັບຕົວຕໍ່ໄພແຫ້ງແລ້ງ ແລະ ກະສິກຳແບບຍືນຍົງໃນເຂດພູພຽງພາກກາງ.",
        },
    },
    {
        "slug": "cooperation-and-border-friendship",
        "sort_order": 6,
        "name": {
            "vi": "Hợp tác và hữu nghị biên giới",
            "en": "Cooperation and border friendship",
            "fr": "Coopération et amitié frontalière",
            "zh-hans": "合作与边境友好",
            "ja": "協力と国境地域の友好",
            "ko": "협력과 국경 우호",
            "ru": "Сотрудничество и приграничная дружба",
            "km": "កិច្ចសហប្រតិបត្តិការ និងមិត្តភាពព្រំដែន",
            "lo": "ການຮ່ວມມື ແລະ ມິດຕະພາບຊາຍແດນ",
        },
        "description": {
            "vi": "Quan hệ hữu nghị, hợp tác của Đắk Lắk với các tỉnh của Campuchia, Lào và các đối tác quốc tế.",
            "en": "Dak Lak's friendship and cooperation with provinces of Cambodia and Laos and with international partners.",
            "fr": "Amitié et coopération de Dak Lak avec les provinces du Cambodge et du Laos ainsi qu'avec ses partenaires internationaux.",
            "zh-hans": "多乐省与柬埔寨、老挝各省及国际伙伴的友好合作关系。",
            "ja": "ダクラク省とカンボジア、ラオスの地方や国際パートナーとの友好・協力関係。",
            "ko": "닥락성과 캄보디아·라오스 여러 지방 및 국제 파트너 간의 우호 협력 관계.",
            "ru": "Дружба и сотрудничество Даклака с провинциями Камбоджи и Лаоса, а также с международными партнёрами.",
            "km": "ទំនាក់ទំនងមិត្តភាព និងកិច្ចសហប្រតិបត្តិការរបស់ខេត្តដាក់ឡាក់ជាមួយខេត្តនានានៃប្រទេសកម្ពុជា ឡាវ និងដៃគូអន្តរជាតិ។",
            "lo": "ສາຍພົວພັນມິດຕະພາບ ແລະ ການຮ່ວມມືຂອງແຂວງດັກລັກ ກັບບັນດາແຂວງຂອງກຳປູເຈຍ, ລາວ ແລະ ຄູ່ຮ່ວມມືສາກົນ.",
        },
    },
]

# ---------------------------------------------------------------------------------------------
# Articles, newest first
#
# Languages per article (every text dict in an article has exactly these keys):
#   coffee festival ............ vi en fr
#   investment conference ...... vi en zh-hans ja ko ru
#   Mondulkiri friendship ...... vi en fr km
#   waterfalls and forests ..... vi en fr
#   Ede gong culture ........... vi en fr
#   Champasak cooperation ...... vi en lo
#   drought and reforestation .. vi en fr
#   investor services .......... vi en zh-hans ja ko ru
#   overseas Vietnamese ........ vi en
# ---------------------------------------------------------------------------------------------

# One module per article (articles/), newest first.
ARTICLES = [
    module.ARTICLE
    for module in (
        coffee_festival,
        investment_promotion,
        mondulkiri_friendship,
        waterfalls_and_forests,
        ede_gong_culture,
        champasak_cooperation,
        drought_and_reforestation,
        investor_services,
        overseas_vietnamese,
    )
]
