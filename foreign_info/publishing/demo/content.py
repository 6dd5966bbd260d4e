"""Demo content for the "Thông tin đối ngoại" (foreign-information) section of the Đắk Lắk portal.

Plain data, no Django imports: the demo loader creates the Vietnamese pages from it and then a
translation for every other language key present. Every text dict maps a language code to plain
text (no HTML). Inside one article every text dict has the same language keys.

Figures are deliberately rounded ("khoảng", "about"); quotes are attributed to roles, not to named
officials, because this is demonstration content.
"""

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

ARTICLES = [
    # 1. Coffee festival -------------------------------------------------------------------------
    {
        "slug": "buon-ma-thuot-coffee-festival-connects-growers-with-buyers",
        "days_ago": 2,
        "topics": ["investment", "culture-and-people"],
        "featured": True,
        "image": {
            "key": "coffee-festival-roasting",
            "title": "Rang cà phê thủ công tại Lễ hội Cà phê Buôn Ma Thuột",
            "description": "Nghệ nhân rang cà phê thủ công trên chảo gang tại gian hàng lễ hội ở Buôn Ma Thuột",
            "credit": "Lê Thu Hà / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "coffee",
        },
        "title": {
            "vi": "Lễ hội Cà phê Buôn Ma Thuột kết nối nông dân với nhà nhập khẩu quốc tế",
            "en": "Buon Ma Thuot Coffee Festival connects growers with international buyers",
            "fr": "Le Festival du café de Buon Ma Thuot rapproche les producteurs des acheteurs internationaux",
        },
        "standfirst": {
            "vi": "Các hoạt động hội chợ, hội thảo và trình diễn pha chế tại lễ hội đã giới thiệu cà phê Đắk Lắk tới đông đảo doanh nghiệp và du khách nước ngoài, "
            "đồng thời nhấn mạnh yêu cầu ngày càng cao về chất lượng và truy xuất nguồn gốc.",
            "en": "Trade fairs, seminars and brewing demonstrations at the festival introduced Dak Lak coffee to many foreign businesses and visitors, "
            "while highlighting growing demands for quality and traceability.",
            "fr": "Salons, colloques et démonstrations de préparation ont fait découvrir le café de Dak Lak à de nombreux visiteurs et entreprises étrangers, "
            "tout en soulignant des exigences croissantes en matière de qualité et de traçabilité.",
        },
        "hero_alt": {
            "vi": "Nghệ nhân rang cà phê thủ công trên chảo gang tại gian hàng lễ hội ở Buôn Ma Thuột",
            "en": "An artisan roasting coffee by hand in a cast-iron pan at a festival stall in Buon Ma Thuot",
            "fr": "Un artisan torréfie du café à la main dans une poêle en fonte sur un stand du festival à Buon Ma Thuot",
        },
        "hero_caption": {
            "vi": "Màn trình diễn rang cà phê truyền thống thu hút du khách tại khu hội chợ của lễ hội.",
            "en": "A traditional coffee-roasting demonstration draws visitors to the festival's trade fair area.",
            "fr": "Une démonstration de torréfaction traditionnelle attire les visiteurs dans l'espace du salon du festival.",
        },
        "place": {"vi": "Buôn Ma Thuột", "en": "Buon Ma Thuot", "fr": "Buon Ma Thuot"},
        "source_agency": {
            "vi": "Sở Công Thương tỉnh Đắk Lắk",
            "en": "Dak Lak Department of Industry and Trade",
            "fr": "Département de l'Industrie et du Commerce de Dak Lak",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Lễ hội Cà phê Buôn Ma Thuột, được tổ chức định kỳ hai năm một lần, năm nay tiếp tục là điểm hẹn của người trồng cà phê, doanh nghiệp chế biến và nhà nhập khẩu từ nhiều quốc gia. "
                    "Bên cạnh lễ diễu hành đường phố và các màn trình diễn cồng chiêng, ban tổ chức dành nhiều hoạt động cho kết nối thương mại, từ hội chợ chuyên ngành đến các buổi thử nếm cà phê đặc sản.",
                    "en": "The Buon Ma Thuot Coffee Festival, held every two years, once again brought together coffee growers, processors and importers from many countries. "
                    "Alongside the street parade and gong performances, the organisers devoted much of the programme to trade links, from a specialised fair to cupping sessions for specialty coffee.",
                    "fr": "Le Festival du café de Buon Ma Thuot, organisé tous les deux ans, a de nouveau réuni producteurs, transformateurs et importateurs venus de nombreux pays. "
                    "Outre le défilé dans les rues et les spectacles de gongs, les organisateurs ont consacré une large part du programme aux échanges commerciaux, d'un salon spécialisé à des séances de dégustation de cafés de spécialité.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Đắk Lắk là tỉnh có diện tích cà phê lớn nhất cả nước, chủ yếu là cà phê vối (Robusta) trồng trên đất đỏ bazan. "
                    "Chỉ dẫn địa lý “Buôn Ma Thuột” cho cà phê nhân đã được bảo hộ tại Việt Nam và một số thị trường quốc tế, giúp người tiêu dùng nhận diện nguồn gốc và chất lượng sản phẩm.",
                    "en": "Dak Lak has the largest coffee-growing area of any Vietnamese province, mostly Robusta grown on red basalt soil. "
                    "The “Buon Ma Thuot” geographical indication for green coffee is protected in Viet Nam and in several international markets, helping consumers recognise the origin and quality of the product.",
                    "fr": "Dak Lak possède la plus grande surface caféière du Viet Nam, essentiellement du robusta cultivé sur des sols basaltiques rouges. "
                    "L'indication géographique « Buon Ma Thuot » pour le café vert est protégée au Viet Nam et sur plusieurs marchés internationaux, ce qui aide les consommateurs à en reconnaître l'origine et la qualité.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Chúng tôi muốn bạn bè quốc tế biết đến cà phê Buôn Ma Thuột không chỉ qua sản lượng, mà qua chất lượng, câu chuyện của người trồng và cách chúng tôi canh tác có trách nhiệm với rừng.",
                        "en": "We want our international friends to know Buon Ma Thuot coffee not only for its volume, but for its quality, the stories of its growers and the way we farm responsibly towards the forest.",
                        "fr": "Nous voulons que nos amis étrangers connaissent le café de Buon Ma Thuot non seulement pour ses volumes, mais aussi pour sa qualité, l'histoire de ses producteurs et notre manière de cultiver dans le respect de la forêt.",
                    },
                    "attribution": {
                        "vi": "Đại diện Ban tổ chức lễ hội",
                        "en": "A representative of the festival organising committee",
                        "fr": "Un représentant du comité d'organisation du festival",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {"vi": "Cà phê Đắk Lắk", "en": "Dak Lak coffee at a glance", "fr": "Le café de Dak Lak en bref"},
                    "facts": [
                        {
                            "label": {"vi": "Diện tích cà phê", "en": "Coffee area", "fr": "Surface caféière"},
                            "value": {"vi": "Khoảng 210.000 ha", "en": "About 210,000 ha", "fr": "Environ 210 000 ha"},
                        },
                        {
                            "label": {"vi": "Giống chủ lực", "en": "Main variety", "fr": "Variété principale"},
                            "value": {"vi": "Cà phê vối (Robusta)", "en": "Robusta", "fr": "Robusta"},
                        },
                        {
                            "label": {"vi": "Lễ hội lần đầu", "en": "First festival", "fr": "Première édition"},
                            "value": {"vi": "2005", "en": "2005", "fr": "2005"},
                        },
                        {
                            "label": {"vi": "Chu kỳ tổ chức", "en": "Frequency", "fr": "Fréquence"},
                            "value": {"vi": "Hai năm một lần", "en": "Every two years", "fr": "Tous les deux ans"},
                        },
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Tại hội thảo chuyên đề, các doanh nghiệp xuất khẩu chia sẻ kinh nghiệm đáp ứng quy định mới của Liên minh châu Âu về chống mất rừng, trong đó có việc lập bản đồ vườn cây và lưu giữ hồ sơ truy xuất. "
                    "Tỉnh khuyến khích nông dân tham gia hợp tác xã và chuỗi liên kết để nâng giá trị hạt cà phê và ổn định thu nhập.",
                    "en": "At a thematic seminar, exporters shared their experience of meeting the European Union's new deforestation rules, including mapping farm plots and keeping traceability records. "
                    "The province encourages farmers to join cooperatives and supply-chain partnerships to add value to their beans and stabilise their incomes.",
                    "fr": "Lors d'un colloque thématique, des exportateurs ont partagé leur expérience de la mise en conformité avec la nouvelle réglementation européenne contre la déforestation, notamment la cartographie des parcelles et la tenue de registres de traçabilité. "
                    "La province encourage les producteurs à rejoindre des coopératives et des filières contractuelles afin de mieux valoriser leur café et de stabiliser leurs revenus.",
                },
            ),
        ],
    },
    # 2. Investment promotion --------------------------------------------------------------------
    {
        "slug": "dak-lak-invites-investment-in-renewable-energy-and-agro-processing",
        "days_ago": 5,
        "topics": ["investment"],
        "featured": True,
        "image": {
            "key": "wind-turbines-northern-hills",
            "title": "Tua bin gió trên vùng đồi phía bắc tỉnh Đắk Lắk",
            "description": "Hàng tua bin gió trên vùng đồi phía bắc tỉnh Đắk Lắk lúc hoàng hôn",
            "credit": "Phạm Văn Đức / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "sunset",
        },
        "title": {
            "vi": "Đắk Lắk mời gọi đầu tư vào năng lượng tái tạo và chế biến nông sản",
            "en": "Dak Lak invites investment in renewable energy and agricultural processing",
            "zh-hans": "多乐省招商引资，聚焦可再生能源与农产品加工",
            "ja": "ダクラク省、再生可能エネルギーと農産物加工への投資を呼びかけ",
            "ko": "닥락성, 재생에너지·농산물 가공 분야 투자 유치 나서",
            "ru": "Даклак приглашает инвесторов в возобновляемую энергетику и переработку сельхозпродукции",
        },
        "standfirst": {
            "vi": "Tại hội nghị xúc tiến đầu tư của tỉnh, lãnh đạo Đắk Lắk giới thiệu danh mục dự án ưu tiên và cam kết đồng hành cùng nhà đầu tư trong suốt quá trình triển khai dự án.",
            "en": "At the province's investment promotion conference, Dak Lak's leaders presented a list of priority projects and pledged to support investors throughout project implementation.",
            "zh-hans": "在本省投资促进会议上，多乐省领导介绍了优先项目清单，并承诺在项目实施全过程中为投资者提供支持。",
            "ja": "省の投資促進会議で、ダクラク省の指導者は優先プロジェクトのリストを紹介し、プロジェクトの実施全体を通じて投資家を支援すると約束した。",
            "ko": "성 투자 촉진 회의에서 닥락성 지도부는 우선 추진 사업 목록을 소개하고 사업 이행 전 과정에서 투자자와 함께하겠다고 약속했다.",
            "ru": "На провинциальной конференции по привлечению инвестиций руководство Даклака представило перечень приоритетных проектов и пообещало сопровождать инвесторов на всех этапах их реализации.",
        },
        "hero_alt": {
            "vi": "Hàng tua bin gió trên vùng đồi phía bắc tỉnh Đắk Lắk lúc hoàng hôn",
            "en": "A row of wind turbines on hills in northern Dak Lak at sunset",
            "zh-hans": "黄昏时分，多乐省北部山丘上的一排风力发电机",
            "ja": "夕暮れ時、ダクラク省北部の丘陵に並ぶ風力発電機",
            "ko": "해 질 녘 닥락성 북부 구릉지에 늘어선 풍력 발전기",
            "ru": "Ряд ветряных турбин на холмах севера провинции Даклак на закате",
        },
        "hero_caption": {
            "vi": "Điện gió và điện mặt trời là những lĩnh vực tỉnh ưu tiên thu hút đầu tư.",
            "en": "Wind and solar power are among the sectors the province is prioritising for investment.",
            "zh-hans": "风电和太阳能发电是本省优先吸引投资的领域。",
            "ja": "風力発電と太陽光発電は、省が投資誘致で優先する分野である。",
            "ko": "풍력과 태양광 발전은 성이 우선적으로 투자를 유치하는 분야다.",
            "ru": "Ветровая и солнечная энергетика входят в число отраслей, приоритетных для привлечения инвестиций.",
        },
        "place": {
            "vi": "Buôn Ma Thuột",
            "en": "Buon Ma Thuot",
            "zh-hans": "邦美蜀",
            "ja": "バンメトート",
            "ko": "부온마투옷",
            "ru": "Буонматхуот",
        },
        "source_agency": {
            "vi": "Ủy ban nhân dân tỉnh Đắk Lắk",
            "en": "Dak Lak Provincial People's Committee",
            "zh-hans": "多乐省人民委员会",
            "ja": "ダクラク省人民委員会",
            "ko": "닥락성 인민위원회",
            "ru": "Народный комитет провинции Даклак",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Hội nghị thu hút đại diện các cơ quan ngoại giao, hiệp hội doanh nghiệp và nhà đầu tư trong và ngoài nước. "
                    "Các lĩnh vực được giới thiệu gồm năng lượng tái tạo, chế biến sâu nông sản, logistics, du lịch sinh thái và hạ tầng khu công nghiệp.",
                    "en": "The conference brought together representatives of diplomatic missions, business associations and domestic and foreign investors. "
                    "The sectors presented included renewable energy, advanced agricultural processing, logistics, eco-tourism and industrial park infrastructure.",
                    "zh-hans": "会议吸引了外交机构、企业协会以及国内外投资者的代表参加。"
                    "推介的领域包括可再生能源、农产品深加工、物流、生态旅游和工业园区基础设施。",
                    "ja": "会議には外交機関、企業団体、国内外の投資家の代表が参加した。"
                    "紹介された分野は、再生可能エネルギー、農産物の高度加工、物流、エコツーリズム、工業団地のインフラなどである。",
                    "ko": "이번 회의에는 외교 공관, 기업 협회, 국내외 투자자 대표들이 참석했다. "
                    "소개된 분야는 재생에너지, 농산물 고부가가치 가공, 물류, 생태 관광, 산업단지 인프라 등이다.",
                    "ru": "В конференции приняли участие представители дипломатических миссий, деловых ассоциаций, а также вьетнамские и иностранные инвесторы. "
                    "Были представлены такие отрасли, как возобновляемая энергетика, глубокая переработка сельхозпродукции, логистика, экотуризм и инфраструктура промышленных парков.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Với số giờ nắng cao và vùng đồi nhiều gió, Đắk Lắk đã có các nhà máy điện mặt trời và điện gió đi vào vận hành. "
                    "Tuyến cao tốc Khánh Hòa – Buôn Ma Thuột đang được xây dựng được kỳ vọng sẽ rút ngắn thời gian vận chuyển hàng hóa từ Tây Nguyên ra cảng biển.",
                    "en": "With long hours of sunshine and windy uplands, Dak Lak already has solar and wind farms in operation. "
                    "The Khanh Hoa – Buon Ma Thuot expressway, now under construction, is expected to shorten the time needed to move goods from the Central Highlands to the sea ports.",
                    "zh-hans": "多乐省日照时间长，丘陵地区风力资源丰富，已有多座太阳能和风力发电厂投入运行。"
                    "正在建设中的庆和—邦美蜀高速公路有望缩短西原地区货物运往海港的时间。",
                    "ja": "日照時間が長く、風の強い丘陵地を持つダクラク省では、すでに太陽光発電所や風力発電所が稼働している。"
                    "現在建設中のカインホア―バンメトート高速道路は、中部高原から港湾への貨物輸送時間の短縮が期待されている。",
                    "ko": "일조 시간이 길고 바람이 많은 구릉지를 갖춘 닥락성에는 이미 태양광 및 풍력 발전소가 가동 중이다. "
                    "현재 건설 중인 카인호아–부온마투옷 고속도로는 중부 고원에서 항만까지의 화물 운송 시간을 단축할 것으로 기대된다.",
                    "ru": "Благодаря большому количеству солнечных часов и ветреным возвышенностям в Даклаке уже работают солнечные и ветровые электростанции. "
                    "Строящаяся скоростная автодорога Кханьхоа – Буонматхуот, как ожидается, сократит время доставки грузов с Центрального плато в морские порты.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Tỉnh cam kết giải quyết thủ tục nhanh chóng, minh bạch và lắng nghe kiến nghị của nhà đầu tư thông qua các buổi đối thoại định kỳ.",
                        "en": "The province is committed to handling procedures quickly and transparently, and to listening to investors' proposals through regular dialogue sessions.",
                        "zh-hans": "本省承诺快速、透明地办理各项手续，并通过定期对话会倾听投资者的建议。",
                        "ja": "省は手続きを迅速かつ透明に処理し、定期的な対話会を通じて投資家の提案に耳を傾けることを約束します。",
                        "ko": "성은 절차를 신속하고 투명하게 처리하고, 정기적인 대화 자리를 통해 투자자의 건의에 귀 기울일 것을 약속합니다.",
                        "ru": "Провинция обязуется оперативно и прозрачно решать вопросы, связанные с процедурами, и выслушивать предложения инвесторов в ходе регулярных диалогов.",
                    },
                    "attribution": {
                        "vi": "Lãnh đạo Ủy ban nhân dân tỉnh Đắk Lắk phát biểu tại hội nghị",
                        "en": "A leader of the Dak Lak Provincial People's Committee, speaking at the conference",
                        "zh-hans": "多乐省人民委员会领导在会上发言",
                        "ja": "会議で発言したダクラク省人民委員会の指導者",
                        "ko": "회의에서 발언한 닥락성 인민위원회 지도자",
                        "ru": "Руководитель Народного комитета провинции Даклак, выступление на конференции",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {
                        "vi": "Lĩnh vực ưu tiên thu hút đầu tư",
                        "en": "Priority sectors for investment",
                        "zh-hans": "优先引资领域",
                        "ja": "投資誘致の優先分野",
                        "ko": "투자 유치 우선 분야",
                        "ru": "Приоритетные отрасли для инвестиций",
                    },
                    "facts": [
                        {
                            "label": {"vi": "Năng lượng", "en": "Energy", "zh-hans": "能源", "ja": "エネルギー", "ko": "에너지", "ru": "Энергетика"},
                            "value": {
                                "vi": "Điện gió, điện mặt trời",
                                "en": "Wind and solar power",
                                "zh-hans": "风电、太阳能发电",
                                "ja": "風力・太陽光発電",
                                "ko": "풍력, 태양광 발전",
                                "ru": "Ветровая и солнечная генерация",
                            },
                        },
                        {
                            "label": {"vi": "Nông nghiệp", "en": "Agriculture", "zh-hans": "农业", "ja": "農業", "ko": "농업", "ru": "Сельское хозяйство"},
                            "value": {
                                "vi": "Chế biến sâu cà phê, sầu riêng, hồ tiêu",
                                "en": "Processing of coffee, durian and pepper",
                                "zh-hans": "咖啡、榴莲、胡椒深加工",
                                "ja": "コーヒー、ドリアン、コショウの高度加工",
                                "ko": "커피·두리안·후추 가공",
                                "ru": "Переработка кофе, дуриана и перца",
                            },
                        },
                        {
                            "label": {"vi": "Hạ tầng", "en": "Infrastructure", "zh-hans": "基础设施", "ja": "インフラ", "ko": "인프라", "ru": "Инфраструктура"},
                            "value": {
                                "vi": "Khu công nghiệp, logistics",
                                "en": "Industrial parks and logistics",
                                "zh-hans": "工业园区、物流",
                                "ja": "工業団地、物流",
                                "ko": "산업단지, 물류",
                                "ru": "Промышленные парки и логистика",
                            },
                        },
                        {
                            "label": {"vi": "Du lịch", "en": "Tourism", "zh-hans": "旅游", "ja": "観光", "ko": "관광", "ru": "Туризм"},
                            "value": {
                                "vi": "Du lịch sinh thái, văn hóa",
                                "en": "Eco-tourism and cultural tourism",
                                "zh-hans": "生态旅游、文化旅游",
                                "ja": "エコツーリズム、文化観光",
                                "ko": "생태 관광, 문화 관광",
                                "ru": "Экологический и культурный туризм",
                            },
                        },
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Trong khuôn khổ hội nghị, một số doanh nghiệp đã trao đổi ý định hợp tác với các sở, ngành của tỉnh. "
                    "Các cơ quan chức năng cho biết sẽ tiếp tục hỗ trợ nhà đầu tư về thông tin quy hoạch, đất đai và thủ tục môi trường.",
                    "en": "During the conference, several companies discussed possible cooperation with provincial departments. "
                    "The authorities said they would continue to assist investors with information on planning, land and environmental procedures.",
                    "zh-hans": "会议期间，多家企业与本省各部门就合作意向进行了交流。有关部门表示，将继续在规划信息、土地和环境手续等方面为投资者提供协助。",
                    "ja": "会議では、複数の企業が省の各部局と協力の意向について意見交換した。"
                    "関係機関は、計画情報、土地、環境手続きに関して引き続き投資家を支援するとしている。",
                    "ko": "회의 기간 여러 기업이 성 산하 각 부서와 협력 의향을 논의했다. "
                    "관계 기관은 계획 정보, 토지, 환경 절차와 관련해 투자자를 계속 지원하겠다고 밝혔다.",
                    "ru": "В ходе конференции ряд компаний обсудил с департаментами провинции возможное сотрудничество. "
                    "Власти заявили, что продолжат помогать инвесторам с информацией о планировании, земельных вопросах и экологических процедурах.",
                },
            ),
        ],
    },
    # 3. Friendship with Mondulkiri (Cambodia) ---------------------------------------------------
    {
        "slug": "dak-lak-and-mondulkiri-nurture-friendship-along-the-border",
        "days_ago": 8,
        "topics": ["cooperation-and-border-friendship"],
        "featured": True,
        "image": {
            "key": "border-friendship-ea-sup",
            "title": "Cán bộ biên phòng Việt Nam và Campuchia tại khu vực biên giới Ea Súp",
            "description": "Cán bộ biên phòng Việt Nam và Campuchia bắt tay nhau bên cột mốc biên giới ở khu vực Ea Súp",
            "credit": "Hoàng Minh Tuấn / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "highlands",
        },
        "title": {
            "vi": "Đắk Lắk và Mondulkiri vun đắp tình hữu nghị nơi biên giới",
            "en": "Dak Lak and Mondulkiri nurture friendship along the border",
            "fr": "Dak Lak et Mondulkiri cultivent l'amitié le long de la frontière",
            "km": "ខេត្តដាក់ឡាក់ និងខេត្តមណ្ឌលគិរី ពង្រឹងចំណងមិត្តភាពតាមបណ្ដោយព្រំដែន",
        },
        "standfirst": {
            "vi": "Các hoạt động tuần tra chung, khám bệnh miễn phí và giao lưu văn hóa giữa lực lượng chức năng và người dân hai tỉnh tiếp tục góp phần xây dựng đường biên giới hòa bình, hữu nghị.",
            "en": "Joint patrols, free health check-ups and cultural exchanges between the authorities and residents of the two provinces continue to help build a peaceful and friendly border.",
            "fr": "Patrouilles conjointes, consultations médicales gratuites et échanges culturels entre les autorités et les habitants des deux provinces contribuent à bâtir une frontière de paix et d'amitié.",
            "km": "ការល្បាតរួមគ្នា ការពិនិត្យសុខភាពដោយឥតគិតថ្លៃ និងការផ្លាស់ប្តូរវប្បធម៌រវាងអាជ្ញាធរ និងប្រជាជននៃខេត្តទាំងពីរ បន្តរួមចំណែកកសាងព្រំដែនប្រកបដោយសន្តិភាព និងមិត្តភាព។",
        },
        "hero_alt": {
            "vi": "Cán bộ biên phòng Việt Nam và Campuchia bắt tay nhau bên cột mốc biên giới ở khu vực Ea Súp",
            "en": "Vietnamese and Cambodian border officers shake hands beside a border marker in the Ea Sup area",
            "fr": "Des gardes-frontières vietnamiens et cambodgiens se serrent la main près d'une borne frontière dans la zone d'Ea Sup",
            "km": "មន្ត្រីការពារព្រំដែនវៀតណាម និងកម្ពុជាចាប់ដៃគ្នានៅក្បែរបង្គោលព្រំដែននៅតំបន់អៀស៊ុប",
        },
        "hero_caption": {
            "vi": "Các đợt tuần tra song phương được duy trì thường xuyên trên tuyến biên giới giữa hai tỉnh.",
            "en": "Bilateral patrols are held regularly along the border between the two provinces.",
            "fr": "Des patrouilles bilatérales sont menées régulièrement le long de la frontière entre les deux provinces.",
            "km": "ការល្បាតទ្វេភាគីត្រូវបានធ្វើឡើងជាប្រចាំតាមបណ្ដោយព្រំដែនរវាងខេត្តទាំងពីរ។",
        },
        "place": {"vi": "Ea Súp", "en": "Ea Sup", "fr": "Ea Sup", "km": "អៀស៊ុប"},
        "source_agency": {
            "vi": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk",
            "en": "Dak Lak Provincial Border Guard Command",
            "fr": "Commandement provincial des gardes-frontières de Dak Lak",
            "km": "បញ្ជាការដ្ឋានកងការពារព្រំដែនខេត្តដាក់ឡាក់",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Đắk Lắk có đường biên giới dài khoảng 70 km tiếp giáp tỉnh Mondulkiri của Vương quốc Campuchia. "
                    "Nhiều năm qua, lực lượng biên phòng hai bên duy trì cơ chế hội đàm định kỳ, tuần tra song phương và trao đổi thông tin để giữ gìn an ninh, trật tự khu vực biên giới.",
                    "en": "Dak Lak shares a border of about 70 km with Mondulkiri province of the Kingdom of Cambodia. "
                    "For many years, border forces on both sides have held regular talks, conducted bilateral patrols and exchanged information to maintain security and order in the border area.",
                    "fr": "Dak Lak partage une frontière d'environ 70 km avec la province de Mondulkiri, au Royaume du Cambodge. "
                    "Depuis de nombreuses années, les forces frontalières des deux côtés tiennent des réunions régulières, mènent des patrouilles bilatérales et échangent des informations afin de préserver la sécurité et l'ordre dans la zone frontalière.",
                    "km": "ខេត្តដាក់ឡាក់មានព្រំដែនប្រវែងប្រហែល ៧០ គីឡូម៉ែត្រ ជាប់នឹងខេត្តមណ្ឌលគិរីនៃព្រះរាជាណាចក្រកម្ពុជា។ "
                    "អស់រយៈពេលជាច្រើនឆ្នាំមកនេះ កងកម្លាំងការពារព្រំដែនទាំងសងខាងបានរក្សាយន្តការជួបពិភាក្សាជាប្រចាំ ការល្បាតទ្វេភាគី និងការផ្លាស់ប្តូរព័ត៌មាន ដើម្បីថែរក្សាសន្តិសុខ និងសណ្តាប់ធ្នាប់នៅតំបន់ព្រំដែន។",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Trong đợt giao lưu gần đây, đoàn y, bác sĩ quân y đã khám bệnh, cấp thuốc miễn phí cho người dân ở các làng biên giới của Campuchia. "
                    "Các đơn vị biên phòng cũng trao tặng đồ dùng học tập cho học sinh và hỗ trợ sửa chữa một số công trình sinh hoạt cộng đồng.",
                    "en": "During the latest exchange, a team of military doctors and nurses provided free check-ups and medicines to residents of Cambodian border villages. "
                    "Border units also presented school supplies to pupils and helped repair several community facilities.",
                    "fr": "Lors du dernier échange, une équipe de médecins et d'infirmiers militaires a proposé des consultations et des médicaments gratuits aux habitants des villages frontaliers cambodgiens. "
                    "Les unités frontalières ont également offert des fournitures scolaires aux élèves et aidé à réparer plusieurs équipements communautaires.",
                    "km": "ក្នុងការផ្លាស់ប្តូរនាពេលថ្មីៗនេះ ក្រុមគ្រូពេទ្យ និងគិលានុបដ្ឋាកយោធាបានពិនិត្យសុខភាព និងផ្តល់ថ្នាំដោយឥតគិតថ្លៃដល់ប្រជាជននៅតាមភូមិព្រំដែននៃប្រទេសកម្ពុជា។ "
                    "អង្គភាពការពារព្រំដែនក៏បានប្រគល់សម្ភារៈសិក្សាដល់សិស្សានុសិស្ស និងបានជួយជួសជុលសំណង់សហគមន៍មួយចំនួនផងដែរ។",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Biên giới hòa bình được xây dựng từ những việc làm cụ thể hằng ngày: cùng tuần tra, cùng chăm lo sức khỏe và việc học của người dân hai bên.",
                        "en": "A peaceful border is built through concrete, everyday actions: patrolling together and caring for the health and schooling of people on both sides.",
                        "fr": "Une frontière de paix se construit par des gestes concrets du quotidien : patrouiller ensemble, prendre soin de la santé et de la scolarité des habitants des deux côtés.",
                        "km": "ព្រំដែនប្រកបដោយសន្តិភាពត្រូវបានកសាងឡើងតាមរយៈសកម្មភាពជាក់ស្តែងប្រចាំថ្ងៃ៖ ការល្បាតរួមគ្នា និងការយកចិត្តទុកដាក់លើសុខភាព និងការសិក្សារបស់ប្រជាជនទាំងសងខាង។",
                    },
                    "attribution": {
                        "vi": "Đại diện Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk",
                        "en": "A representative of the Dak Lak Provincial Border Guard Command",
                        "fr": "Un représentant du Commandement provincial des gardes-frontières de Dak Lak",
                        "km": "តំណាងបញ្ជាការដ្ឋានកងការពារព្រំដែនខេត្តដាក់ឡាក់",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Hai tỉnh cũng phối hợp tìm kiếm, quy tập hài cốt quân tình nguyện và chuyên gia Việt Nam hy sinh tại Campuchia. "
                    "Bên cạnh đó, hợp tác về thương mại, giáo dục và y tế tiếp tục được mở rộng, trong đó có việc tạo điều kiện cho sinh viên Campuchia sang học tập tại Đắk Lắk.",
                    "en": "The two provinces also work together to search for and repatriate the remains of Vietnamese volunteer soldiers and experts who died in Cambodia. "
                    "Cooperation in trade, education and health care continues to expand, including support for Cambodian students who come to study in Dak Lak.",
                    "fr": "Les deux provinces coopèrent également à la recherche et au rapatriement des restes de soldats volontaires et d'experts vietnamiens morts au Cambodge. "
                    "La coopération dans le commerce, l'éducation et la santé continue de s'élargir, notamment par l'accueil d'étudiants cambodgiens venus étudier à Dak Lak.",
                    "km": "ខេត្តទាំងពីរក៏សហការគ្នាក្នុងការស្វែងរក និងប្រមូលអដ្ឋិធាតុរបស់ទាហានស្ម័គ្រចិត្ត និងអ្នកជំនាញវៀតណាមដែលបានពលីជីវិតនៅកម្ពុជាផងដែរ។ "
                    "កិច្ចសហប្រតិបត្តិការលើវិស័យពាណិជ្ជកម្ម អប់រំ និងសុខាភិបាលបន្តត្រូវបានពង្រីក រួមទាំងការផ្តល់លក្ខខណ្ឌងាយស្រួលដល់និស្សិតកម្ពុជាដែលមកសិក្សានៅខេត្តដាក់ឡាក់។",
                },
            ),
        ],
    },
    # 4. Tourism: waterfalls, Lak Lake, Yok Don ---------------------------------------------------
    {
        "slug": "waterfalls-lak-lake-and-yok-don-draw-international-visitors",
        "days_ago": 12,
        "topics": ["tourism"],
        "featured": False,
        "image": {
            "key": "dray-nur-waterfall",
            "title": "Thác Dray Nur mùa nước",
            "description": "Dòng nước trắng xóa đổ xuống vách đá bazan tại thác Dray Nur trên sông Sêrêpốk",
            "credit": "Nguyễn Thanh Bình / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "waterfall",
        },
        "title": {
            "vi": "Thác nước, hồ Lắk và rừng Yok Đôn thu hút du khách quốc tế đến Đắk Lắk",
            "en": "Waterfalls, Lak Lake and Yok Don forest draw international visitors to Dak Lak",
            "fr": "Cascades, lac Lak et forêt de Yok Don attirent les visiteurs étrangers à Dak Lak",
        },
        "standfirst": {
            "vi": "Những điểm đến thiên nhiên gắn với văn hóa bản địa đang giúp Đắk Lắk trở thành lựa chọn của du khách muốn khám phá Tây Nguyên theo cách chậm rãi và gần gũi với cộng đồng.",
            "en": "Natural sites closely tied to local culture are making Dak Lak a choice for travellers who want to explore the Central Highlands slowly and close to local communities.",
            "fr": "Des sites naturels étroitement liés à la culture locale font de Dak Lak une destination prisée des voyageurs désireux de découvrir les Hauts Plateaux du Centre sans se presser, au plus près des communautés.",
        },
        "hero_alt": {
            "vi": "Dòng nước trắng xóa đổ xuống vách đá bazan tại thác Dray Nur trên sông Sêrêpốk",
            "en": "White water pouring over basalt cliffs at Dray Nur waterfall on the Serepok river",
            "fr": "Des eaux blanches se déversent sur des falaises de basalte à la cascade de Dray Nur, sur la rivière Serepok",
        },
        "hero_caption": {
            "vi": "Thác Dray Nur đẹp nhất vào mùa mưa, khi sông Sêrêpốk nhiều nước.",
            "en": "Dray Nur waterfall is at its most impressive in the rainy season, when the Serepok river runs high.",
            "fr": "La cascade de Dray Nur est la plus spectaculaire à la saison des pluies, lorsque le débit de la Serepok est abondant.",
        },
        "place": {"vi": "Buôn Đôn", "en": "Buon Don", "fr": "Buon Don"},
        "source_agency": {
            "vi": "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
            "en": "Dak Lak Department of Culture, Sports and Tourism",
            "fr": "Département de la Culture, des Sports et du Tourisme de Dak Lak",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Dray Nur là một trong những thác nước lớn trên sông Sêrêpốk, nổi bật với bức màn nước rộng đổ xuống vách đá bazan. "
                    "Cách đó không xa, hồ Lắk là một trong những hồ nước ngọt tự nhiên lớn nhất Tây Nguyên, nơi du khách có thể đi thuyền độc mộc và thăm các buôn của người M'nông ven hồ.",
                    "en": "Dray Nur is one of the great waterfalls on the Serepok river, known for a wide curtain of water falling over basalt cliffs. "
                    "Not far away, Lak Lake is one of the largest natural freshwater lakes in the Central Highlands, where visitors can take dugout canoe trips and visit M'nong villages along its shores.",
                    "fr": "Dray Nur est l'une des grandes cascades de la rivière Serepok, réputée pour son large rideau d'eau qui tombe sur des falaises de basalte. "
                    "Non loin de là, le lac Lak, l'un des plus grands lacs naturels d'eau douce des Hauts Plateaux du Centre, invite à des promenades en pirogue et à la découverte des villages m'nong de ses rives.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Vườn quốc gia Yok Đôn, trải rộng chủ yếu trên địa bàn Buôn Đôn và Ea Súp, là vườn quốc gia lớn nhất Việt Nam với hệ sinh thái rừng khộp đặc trưng. "
                    "Tại đây, mô hình du lịch thân thiện với voi cho phép du khách quan sát voi tắm và kiếm ăn trong rừng, thay cho hình thức cưỡi voi trước đây.",
                    "en": "Yok Don National Park, which stretches mainly across Buon Don and Ea Sup, is the largest national park in Viet Nam and is known for its dry dipterocarp forest. "
                    "Its elephant-friendly tours let visitors watch elephants bathe and forage in the forest instead of riding them as in the past.",
                    "fr": "Le parc national de Yok Don, qui s'étend principalement sur Buon Don et Ea Sup, est le plus grand parc national du Viet Nam et se distingue par sa forêt claire de diptérocarpacées. "
                    "Ses circuits respectueux des éléphants permettent d'observer les animaux se baigner et se nourrir en forêt, au lieu de les monter comme autrefois.",
                },
            ),
            (
                "fact_box",
                {
                    "title": {"vi": "Điểm đến gợi ý", "en": "Suggested destinations", "fr": "Destinations suggérées"},
                    "facts": [
                        {
                            "label": {"vi": "Thác Dray Nur", "en": "Dray Nur waterfall", "fr": "Cascade de Dray Nur"},
                            "value": {
                                "vi": "Sông Sêrêpốk, đẹp nhất vào mùa mưa",
                                "en": "Serepok river, best in the rainy season",
                                "fr": "Rivière Serepok, idéale à la saison des pluies",
                            },
                        },
                        {
                            "label": {"vi": "Hồ Lắk", "en": "Lak Lake", "fr": "Lac Lak"},
                            "value": {
                                "vi": "Đi thuyền độc mộc, thăm buôn M'nông",
                                "en": "Dugout canoe trips, M'nong villages",
                                "fr": "Pirogue et villages m'nong",
                            },
                        },
                        {
                            "label": {"vi": "Vườn quốc gia Yok Đôn", "en": "Yok Don National Park", "fr": "Parc national de Yok Don"},
                            "value": {
                                "vi": "Khoảng 115.000 ha rừng",
                                "en": "About 115,000 ha of forest",
                                "fr": "Environ 115 000 ha de forêt",
                            },
                        },
                        {
                            "label": {"vi": "Mùa khô", "en": "Dry season", "fr": "Saison sèche"},
                            "value": {
                                "vi": "Khoảng tháng 11 đến tháng 4",
                                "en": "Roughly November to April",
                                "fr": "De novembre à avril environ",
                            },
                        },
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Ngành du lịch tỉnh khuyến nghị du khách lựa chọn đơn vị lữ hành được cấp phép, tôn trọng phong tục của các buôn làng và hạn chế rác thải nhựa khi tham quan. "
                    "Thông tin về lịch lễ hội và điểm đến được cập nhật thường xuyên trên cổng thông tin điện tử của tỉnh.",
                    "en": "The provincial tourism authorities advise visitors to choose licensed tour operators, respect village customs and limit plastic waste during their trips. "
                    "Information on festivals and destinations is regularly updated on the provincial portal.",
                    "fr": "Les autorités touristiques de la province recommandent aux visiteurs de choisir des voyagistes agréés, de respecter les coutumes des villages et de limiter les déchets plastiques. "
                    "Les informations sur les festivals et les destinations sont régulièrement mises à jour sur le portail de la province.",
                },
            ),
        ],
    },
    # 5. Ede long houses and gong culture --------------------------------------------------------
    {
        "slug": "ede-long-houses-keep-the-sound-of-gongs-alive",
        "days_ago": 17,
        "topics": ["culture-and-people", "tourism"],
        "featured": False,
        "image": {
            "key": "ede-long-house-gongs",
            "title": "Biểu diễn cồng chiêng trước nhà dài Ê Đê",
            "description": "Các nghệ nhân Ê Đê mặc trang phục truyền thống đánh chiêng trước hiên nhà dài",
            "credit": "Y Bhim Niê / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "festival",
        },
        "title": {
            "vi": "Nhà dài Ê Đê giữ vang tiếng cồng chiêng giữa lòng Buôn Ma Thuột",
            "en": "Ede long houses keep the sound of gongs alive in Buon Ma Thuot",
            "fr": "Les maisons longues ede font vivre le son des gongs à Buon Ma Thuot",
        },
        "standfirst": {
            "vi": "Nhiều năm sau khi Không gian văn hóa Cồng chiêng Tây Nguyên được UNESCO công nhận, các buôn Ê Đê ở Đắk Lắk vẫn bền bỉ truyền dạy cồng chiêng cho thế hệ trẻ và giới thiệu di sản này với du khách.",
            "en": "Years after UNESCO recognised the Space of Gong Culture in the Central Highlands, Ede villages in Dak Lak are still teaching gong music to young people and sharing this heritage with visitors.",
            "fr": "Des années après la reconnaissance par l'UNESCO de l'Espace de la culture des gongs des Hauts Plateaux du Centre, les villages ede de Dak Lak continuent de transmettre la musique des gongs aux jeunes et de faire découvrir ce patrimoine aux visiteurs.",
        },
        "hero_alt": {
            "vi": "Các nghệ nhân Ê Đê mặc trang phục truyền thống đánh chiêng trước hiên nhà dài",
            "en": "Ede artisans in traditional dress playing gongs on the veranda of a long house",
            "fr": "Des artisans ede en costume traditionnel jouent des gongs sur la véranda d'une maison longue",
        },
        "hero_caption": {
            "vi": "Một buổi sinh hoạt cồng chiêng tại buôn Akô Dhông, Buôn Ma Thuột.",
            "en": "A gong session in Ako Dhong village, Buon Ma Thuot.",
            "fr": "Une séance de gongs au village d'Ako Dhong, à Buon Ma Thuot.",
        },
        "place": {"vi": "Buôn Ma Thuột", "en": "Buon Ma Thuot", "fr": "Buon Ma Thuot"},
        "source_agency": {
            "vi": "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
            "en": "Dak Lak Department of Culture, Sports and Tourism",
            "fr": "Département de la Culture, des Sports et du Tourisme de Dak Lak",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Nhà dài là nơi sinh sống của đại gia đình người Ê Đê theo chế độ mẫu hệ và là không gian diễn ra các nghi lễ quan trọng của cộng đồng. "
                    "Chiếc cầu thang khắc hình bầu ngực và vầng trăng khuyết ở lối lên nhà là biểu tượng quen thuộc của văn hóa Ê Đê.",
                    "en": "The long house is home to an extended Ede family in a matrilineal society and the venue for the community's most important rituals. "
                    "The entrance ladder, carved with the shapes of breasts and a crescent moon, is a familiar symbol of Ede culture.",
                    "fr": "La maison longue abrite une famille élargie ede, dans une société matrilinéaire, et accueille les rites les plus importants de la communauté. "
                    "L'échelle d'entrée, sculptée de seins et d'un croissant de lune, est un symbole bien connu de la culture ede.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Không gian văn hóa Cồng chiêng Tây Nguyên được UNESCO công nhận là Kiệt tác truyền khẩu và phi vật thể của nhân loại năm 2005, sau đó được đưa vào Danh sách di sản văn hóa phi vật thể đại diện của nhân loại. "
                    "Ở các buôn làng, tiếng cồng chiêng gắn với vòng đời con người và mùa màng, từ lễ thổi tai cho trẻ sơ sinh đến lễ mừng lúa mới.",
                    "en": "The Space of Gong Culture in the Central Highlands was proclaimed a Masterpiece of the Oral and Intangible Heritage of Humanity by UNESCO in 2005 and later inscribed on the Representative List of the Intangible Cultural Heritage of Humanity. "
                    "In the villages, gong music accompanies the cycle of life and the farming seasons, from the ear-blowing ceremony for newborns to the new rice celebration.",
                    "fr": "L'Espace de la culture des gongs des Hauts Plateaux du Centre a été proclamé chef-d'œuvre du patrimoine oral et immatériel de l'humanité par l'UNESCO en 2005, puis inscrit sur la Liste représentative du patrimoine culturel immatériel de l'humanité. "
                    "Dans les villages, les gongs accompagnent le cycle de la vie et les saisons agricoles, de la cérémonie du souffle dans l'oreille des nouveau-nés à la fête du riz nouveau.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Mỗi bài chiêng là một lời kể về buôn làng. Khi các cháu biết đánh chiêng, các cháu cũng biết mình là ai.",
                        "en": "Every gong piece tells the story of the village. When the children learn to play the gongs, they also learn who they are.",
                        "fr": "Chaque air de gongs raconte l'histoire du village. Quand les enfants apprennent à jouer des gongs, ils apprennent aussi qui ils sont.",
                    },
                    "attribution": {
                        "vi": "Một nghệ nhân cao tuổi ở buôn Akô Dhông",
                        "en": "An elderly master artisan in Ako Dhong village",
                        "fr": "Un maître artisan âgé du village d'Ako Dhong",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {"vi": "Di sản cồng chiêng", "en": "Gong heritage", "fr": "Le patrimoine des gongs"},
                    "facts": [
                        {
                            "label": {"vi": "UNESCO công nhận", "en": "Recognised by UNESCO", "fr": "Reconnaissance par l'UNESCO"},
                            "value": {"vi": "2005", "en": "2005", "fr": "2005"},
                        },
                        {
                            "label": {"vi": "Phạm vi khi được công nhận", "en": "Area at the time of recognition", "fr": "Aire lors de la reconnaissance"},
                            "value": {
                                "vi": "5 tỉnh Tây Nguyên",
                                "en": "5 Central Highlands provinces",
                                "fr": "5 provinces des Hauts Plateaux du Centre",
                            },
                        },
                        {
                            "label": {"vi": "Cộng đồng tiêu biểu ở Đắk Lắk", "en": "Main communities in Dak Lak", "fr": "Principales communautés à Dak Lak"},
                            "value": {"vi": "Ê Đê, M'nông, Gia Rai", "en": "Ede, M'nong, Jarai", "fr": "Ede, M'nong, Jarai"},
                        },
                    ],
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Các câu lạc bộ cồng chiêng thiếu nhi được duy trì ở nhiều buôn, với sự hướng dẫn của các nghệ nhân. "
                    "Du khách đến Buôn Ma Thuột có thể thưởng thức cồng chiêng tại các buôn văn hóa và tìm hiểu thêm tại Bảo tàng Đắk Lắk.",
                    "en": "Children's gong clubs are run in many villages under the guidance of master artisans. "
                    "Visitors to Buon Ma Thuot can enjoy gong performances in cultural villages and learn more at the Dak Lak Museum.",
                    "fr": "Des clubs de gongs pour enfants fonctionnent dans de nombreux villages sous la conduite de maîtres artisans. "
                    "À Buon Ma Thuot, les visiteurs peuvent assister à des représentations de gongs dans les villages culturels et en apprendre davantage au musée de Dak Lak.",
                },
            ),
        ],
    },
    # 6. Cooperation with Champasak (Laos) and the Development Triangle -------------------------
    {
        "slug": "dak-lak-and-champasak-broaden-cooperation-in-development-triangle",
        "days_ago": 23,
        "topics": ["cooperation-and-border-friendship", "investment"],
        "featured": False,
        "image": {
            "key": "champasak-working-session",
            "title": "Buổi làm việc giữa tỉnh Đắk Lắk và tỉnh Champasak",
            "description": "Đại biểu hai tỉnh Đắk Lắk và Champasak trao đổi bên bàn làm việc có cờ hai nước",
            "credit": "Vũ Hoài Nam / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "river",
        },
        "title": {
            "vi": "Đắk Lắk và Champasak mở rộng hợp tác trong Khu vực Tam giác phát triển",
            "en": "Dak Lak and Champasak broaden cooperation within the Development Triangle",
            "lo": "ແຂວງດັກລັກ ແລະ ແຂວງຈຳປາສັກ ຂະຫຍາຍການຮ່ວມມືໃນເຂດສາມຫຼ່ຽມພັດທະນາ",
        },
        "standfirst": {
            "vi": "Tại buổi làm việc giữa hai tỉnh, lãnh đạo Đắk Lắk và Champasak (Lào) thống nhất tăng cường hợp tác về giáo dục, nông nghiệp, thương mại và du lịch, góp phần thực hiện các mục tiêu của Khu vực Tam giác phát triển Campuchia – Lào – Việt Nam.",
            "en": "At a working session between the two provinces, leaders of Dak Lak and Champasak (Laos) agreed to step up cooperation in education, agriculture, trade and tourism, contributing to the goals of the Cambodia–Laos–Viet Nam Development Triangle Area.",
            "lo": "ໃນກອງປະຊຸມເຮັດວຽກລະຫວ່າງສອງແຂວງ, ການນຳແຂວງດັກລັກ ແລະ ແຂວງຈຳປາສັກ (ສປປ ລາວ) ໄດ້ເປັນເອກະພາບກັນເພີ່ມທະວີການຮ່ວມມືດ້ານການສຶກສາ, ກະສິກຳ, ການຄ້າ ແລະ ການທ່ອງທ່ຽວ, ປະກອບສ່ວນເຂົ້າໃນການຈັດຕັ້ງປະຕິບັດເປົ້າໝາຍຂອງເຂດສາມຫຼ່ຽມພັດທະນາ ກຳປູເຈຍ-ລາວ-ຫວຽດນາມ.",
        },
        "hero_alt": {
            "vi": "Đại biểu hai tỉnh Đắk Lắk và Champasak trao đổi bên bàn làm việc có cờ hai nước",
            "en": "Delegates from Dak Lak and Champasak in discussion at a table with the flags of both countries",
            "lo": "ຄະນະຜູ້ແທນແຂວງດັກລັກ ແລະ ແຂວງຈຳປາສັກ ປຶກສາຫາລືກັນຢູ່ໂຕະປະຊຸມທີ່ມີທຸງຊາດຂອງສອງປະເທດ",
        },
        "hero_caption": {
            "vi": "Buổi làm việc giữa hai tỉnh diễn ra trong không khí hữu nghị, thẳng thắn.",
            "en": "The working session between the two provinces took place in a friendly and open atmosphere.",
            "lo": "ກອງປະຊຸມເຮັດວຽກລະຫວ່າງສອງແຂວງ ໄດ້ດຳເນີນໄປດ້ວຍບັນຍາກາດແຫ່ງມິດຕະພາບ ແລະ ເປີດເຜີຍ.",
        },
        "place": {"vi": "Buôn Ma Thuột", "en": "Buon Ma Thuot", "lo": "ບວນມາທວດ"},
        "source_agency": {
            "vi": "Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk",
            "en": "Office of the Dak Lak Provincial People's Committee",
            "lo": "ຫ້ອງການຄະນະກຳມະການປະຊາຊົນແຂວງດັກລັກ",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Đắk Lắk và Champasak có quan hệ hợp tác lâu năm, được cụ thể hóa qua các biên bản ghi nhớ và chương trình trao đổi đoàn định kỳ. "
                    "Hai bên đánh giá cao kết quả hợp tác trong đào tạo nguồn nhân lực, khi nhiều lưu học sinh Lào đã và đang theo học tại các trường đại học, cao đẳng ở Đắk Lắk.",
                    "en": "Dak Lak and Champasak have a long-standing cooperative relationship, set out in memoranda of understanding and regular exchanges of delegations. "
                    "Both sides praised the results of cooperation in human resource training, as many Lao students have studied or are studying at universities and colleges in Dak Lak.",
                    "lo": "ແຂວງດັກລັກ ແລະ ແຂວງຈຳປາສັກ ມີສາຍພົວພັນຮ່ວມມືມາແຕ່ດົນນານ, ເຊິ່ງໄດ້ຮັບການຜັນຂະຫຍາຍຜ່ານບົດບັນທຶກຄວາມເຂົ້າໃຈ ແລະ ການແລກປ່ຽນຄະນະຜູ້ແທນເປັນປະຈຳ. "
                    "ທັງສອງຝ່າຍໄດ້ຕີລາຄາສູງຕໍ່ຜົນການຮ່ວມມືດ້ານການບຳລຸງສ້າງຊັບພະຍາກອນມະນຸດ, ໂດຍມີນັກສຶກສາລາວຈຳນວນຫຼາຍໄດ້ ແລະ ກຳລັງຮ່ຳຮຽນຢູ່ບັນດາມະຫາວິທະຍາໄລ ແລະ ວິທະຍາໄລໃນແຂວງດັກລັກ.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Khu vực Tam giác phát triển Campuchia – Lào – Việt Nam được ba nước thành lập năm 1999 và hiện gồm 13 tỉnh, trong đó có Đắk Lắk và Champasak. "
                    "Hai tỉnh nhất trí khuyến khích doanh nghiệp tìm hiểu cơ hội trong chế biến nông sản, cà phê và du lịch kết nối, tận dụng hệ thống giao thông liên vùng.",
                    "en": "The Cambodia–Laos–Viet Nam Development Triangle Area was established by the three countries in 1999 and now comprises 13 provinces, including Dak Lak and Champasak. "
                    "The two provinces agreed to encourage businesses to explore opportunities in agricultural and coffee processing and in linked tourism routes, making use of the regional transport network.",
                    "lo": "ເຂດສາມຫຼ່ຽມພັດທະນາ ກຳປູເຈຍ-ລາວ-ຫວຽດນາມ ໄດ້ຮັບການສ້າງຕັ້ງຂຶ້ນໂດຍສາມປະເທດໃນປີ 1999 ແລະ ປັດຈຸບັນປະກອບມີ 13 ແຂວງ, ໃນນັ້ນມີແຂວງດັກລັກ ແລະ ແຂວງຈຳປາສັກ. "
                    "ສອງແຂວງໄດ້ຕົກລົງຊຸກຍູ້ໃຫ້ບັນດາວິສາຫະກິດຊອກຫາໂອກາດໃນການປຸງແຕ່ງຜະລິດຕະພັນກະສິກຳ, ກາເຟ ແລະ ການທ່ອງທ່ຽວເຊື່ອມຕໍ່ກັນ ໂດຍນຳໃຊ້ເຄືອຂ່າຍຄົມມະນາຄົມລະຫວ່າງພາກພື້ນ.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Tình hữu nghị vĩ đại, đoàn kết đặc biệt Việt Nam – Lào là nền tảng để hai tỉnh cùng biến tiềm năng thành những dự án hợp tác cụ thể, mang lại lợi ích cho người dân.",
                        "en": "The great friendship and special solidarity between Viet Nam and Laos are the foundation for our two provinces to turn potential into concrete cooperation projects that benefit our people.",
                        "lo": "ມິດຕະພາບອັນຍິ່ງໃຫຍ່ ແລະ ຄວາມສາມັກຄີພິເສດ ລາວ-ຫວຽດນາມ ແມ່ນພື້ນຖານໃຫ້ສອງແຂວງຂອງພວກເຮົາຫັນທ່າແຮງໃຫ້ກາຍເປັນໂຄງການຮ່ວມມືທີ່ເປັນຮູບປະທຳ ເພື່ອນຳຜົນປະໂຫຍດມາສູ່ປະຊາຊົນ.",
                    },
                    "attribution": {
                        "vi": "Đại diện lãnh đạo tỉnh Champasak phát biểu tại buổi làm việc",
                        "en": "A leader of Champasak province, speaking at the working session",
                        "lo": "ຜູ້ຕາງໜ້າການນຳແຂວງຈຳປາສັກ ກ່າວໃນກອງປະຊຸມເຮັດວຽກ",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {
                        "vi": "Tam giác phát triển Campuchia – Lào – Việt Nam",
                        "en": "The Cambodia–Laos–Viet Nam Development Triangle",
                        "lo": "ເຂດສາມຫຼ່ຽມພັດທະນາ ກຳປູເຈຍ-ລາວ-ຫວຽດນາມ",
                    },
                    "facts": [
                        {
                            "label": {"vi": "Thành lập", "en": "Established", "lo": "ສ້າງຕັ້ງ"},
                            "value": {"vi": "1999", "en": "1999", "lo": "1999"},
                        },
                        {
                            "label": {"vi": "Số tỉnh tham gia", "en": "Member provinces", "lo": "ຈຳນວນແຂວງ"},
                            "value": {"vi": "13 tỉnh của 3 nước", "en": "13 provinces in 3 countries", "lo": "13 ແຂວງ ຂອງ 3 ປະເທດ"},
                        },
                        {
                            "label": {"vi": "Các tỉnh phía Lào", "en": "Lao provinces", "lo": "ແຂວງຝ່າຍລາວ"},
                            "value": {
                                "vi": "Attapeu, Champasak, Salavan, Sekong",
                                "en": "Attapeu, Champasak, Salavan, Sekong",
                                "lo": "ອັດຕະປື, ຈຳປາສັກ, ສາລະວັນ, ເຊກອງ",
                            },
                        },
                        {
                            "label": {"vi": "Lĩnh vực hợp tác chính", "en": "Key areas of cooperation", "lo": "ຂົງເຂດການຮ່ວມມືຫຼັກ"},
                            "value": {
                                "vi": "Giáo dục, nông nghiệp, thương mại, du lịch",
                                "en": "Education, agriculture, trade, tourism",
                                "lo": "ການສຶກສາ, ກະສິກຳ, ການຄ້າ, ການທ່ອງທ່ຽວ",
                            },
                        },
                    ],
                },
            ),
        ],
    },
    # 7. Environment: drought, reforestation, sustainable coffee --------------------------------
    {
        "slug": "farmers-plant-trees-and-save-water-to-adapt-to-drought",
        "days_ago": 30,
        "topics": ["environment-and-climate"],
        "featured": False,
        "image": {
            "key": "shade-trees-coffee-farm",
            "title": "Vườn cà phê xen cây che bóng ở Krông Pắc",
            "description": "Vườn cà phê xen cây che bóng và đường ống tưới nhỏ giọt ở Krông Pắc",
            "credit": "Đỗ Ngọc Lan / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "forest",
        },
        "title": {
            "vi": "Trồng cây, tiết kiệm nước: nông dân Đắk Lắk thích ứng với hạn hán",
            "en": "Planting trees and saving water: Dak Lak farmers adapt to drought",
            "fr": "Planter des arbres et économiser l'eau : les agriculteurs de Dak Lak s'adaptent à la sécheresse",
        },
        "standfirst": {
            "vi": "Từ những vườn cà phê xen cây che bóng đến các cánh rừng mới trồng, nông dân và chính quyền địa phương đang cùng tìm cách giữ nước, giữ đất trước những mùa khô ngày càng khắc nghiệt.",
            "en": "From coffee farms intercropped with shade trees to newly planted forests, farmers and local authorities are working together to conserve water and soil as dry seasons grow harsher.",
            "fr": "Des caféières plantées d'arbres d'ombrage aux forêts nouvellement reboisées, agriculteurs et autorités locales cherchent ensemble à préserver l'eau et les sols face à des saisons sèches de plus en plus rudes.",
        },
        "hero_alt": {
            "vi": "Vườn cà phê xen cây che bóng và đường ống tưới nhỏ giọt ở Krông Pắc",
            "en": "A coffee farm with shade trees and drip irrigation pipes in Krong Pac",
            "fr": "Une caféière plantée d'arbres d'ombrage et équipée de tuyaux d'irrigation goutte à goutte à Krong Pac",
        },
        "hero_caption": {
            "vi": "Tưới nhỏ giọt giúp nhiều hộ trồng cà phê giảm lượng nước sử dụng trong mùa khô.",
            "en": "Drip irrigation helps many coffee-growing households use less water in the dry season.",
            "fr": "L'irrigation goutte à goutte permet à de nombreux caféiculteurs de consommer moins d'eau pendant la saison sèche.",
        },
        "place": {"vi": "Krông Pắc", "en": "Krong Pac", "fr": "Krong Pac"},
        "source_agency": {
            "vi": "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
            "en": "Dak Lak Department of Agriculture and Environment",
            "fr": "Département de l'Agriculture et de l'Environnement de Dak Lak",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Những đợt hạn hán kéo dài trong các mùa khô gần đây đã khiến nhiều vùng trồng cà phê ở Tây Nguyên thiếu nước tưới. "
                    "Để thích ứng, nhiều hộ dân ở Krông Pắc, Cư M'gar và các địa phương khác đã chuyển sang tưới nhỏ giọt, tưới phun mưa và trồng xen cây ăn quả, cây che bóng.",
                    "en": "Prolonged droughts in recent dry seasons have left many coffee-growing areas in the Central Highlands short of irrigation water. "
                    "To adapt, many households in Krong Pac, Cu M'gar and other localities have switched to drip and sprinkler irrigation and planted fruit and shade trees among their coffee.",
                    "fr": "Les sécheresses prolongées des dernières saisons sèches ont privé d'eau d'irrigation de nombreuses zones caféières des Hauts Plateaux du Centre. "
                    "Pour s'adapter, de nombreux ménages de Krong Pac, de Cu M'gar et d'autres localités sont passés à l'irrigation goutte à goutte ou par aspersion et ont planté des arbres fruitiers et d'ombrage parmi leurs caféiers.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Song song với đó, tỉnh đẩy mạnh trồng rừng, phục hồi rừng phòng hộ đầu nguồn và giao khoán bảo vệ rừng cho cộng đồng. "
                    "Việc lập bản đồ vùng trồng và xây dựng cơ sở dữ liệu truy xuất nguồn gốc cũng giúp chứng minh cà phê không gắn với mất rừng, đáp ứng yêu cầu của các thị trường nhập khẩu.",
                    "en": "At the same time, the province is stepping up tree planting, restoring upstream protection forests and contracting local communities to guard forests. "
                    "Mapping growing areas and building traceability databases also help show that coffee is not linked to deforestation, as import markets increasingly require.",
                    "fr": "Parallèlement, la province intensifie le reboisement, restaure les forêts de protection en amont des bassins versants et confie par contrat la garde des forêts aux communautés locales. "
                    "La cartographie des zones de culture et la constitution de bases de données de traçabilité permettent aussi de démontrer que le café n'est pas lié à la déforestation, comme l'exigent de plus en plus les marchés importateurs.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Cây che bóng giúp vườn giữ ẩm lâu hơn, và nhà tôi có thêm nguồn thu từ sầu riêng, bơ. Mùa khô năm nay chúng tôi bớt lo hơn trước.",
                        "en": "The shade trees keep the soil moist for longer, and my family earns extra income from durian and avocado. We worried less this dry season than before.",
                        "fr": "Les arbres d'ombrage gardent le sol humide plus longtemps, et ma famille tire un revenu supplémentaire du durian et de l'avocat. Cette saison sèche, nous avons été moins inquiets qu'avant.",
                    },
                    "attribution": {
                        "vi": "Một nông dân trồng cà phê ở Krông Pắc",
                        "en": "A coffee farmer in Krong Pac",
                        "fr": "Un caféiculteur de Krong Pac",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {"vi": "Giải pháp thích ứng", "en": "Adaptation measures", "fr": "Mesures d'adaptation"},
                    "facts": [
                        {
                            "label": {"vi": "Tưới tiết kiệm", "en": "Water-saving irrigation", "fr": "Irrigation économe"},
                            "value": {"vi": "Nhỏ giọt, phun mưa", "en": "Drip and sprinkler", "fr": "Goutte à goutte, aspersion"},
                        },
                        {
                            "label": {"vi": "Canh tác", "en": "Farming", "fr": "Pratiques culturales"},
                            "value": {
                                "vi": "Xen cây che bóng, cây ăn quả",
                                "en": "Shade and fruit trees among coffee",
                                "fr": "Arbres d'ombrage et fruitiers",
                            },
                        },
                        {
                            "label": {"vi": "Rừng", "en": "Forests", "fr": "Forêts"},
                            "value": {
                                "vi": "Trồng mới, giao khoán bảo vệ",
                                "en": "New planting, community protection contracts",
                                "fr": "Reboisement, contrats de protection",
                            },
                        },
                        {
                            "label": {"vi": "Truy xuất nguồn gốc", "en": "Traceability", "fr": "Traçabilité"},
                            "value": {
                                "vi": "Bản đồ và mã số vùng trồng",
                                "en": "Farm maps and growing-area codes",
                                "fr": "Cartes et codes des zones de culture",
                            },
                        },
                    ],
                },
            ),
        ],
    },
    # 8. Policy: administrative reform and investor services -------------------------------------
    {
        "slug": "dak-lak-simplifies-procedures-for-foreign-investors",
        "days_ago": 38,
        "topics": ["policy", "investment"],
        "featured": False,
        "image": {
            "key": "public-service-centre-counter",
            "title": "Quầy tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh",
            "description": "Cán bộ hướng dẫn doanh nghiệp nộp hồ sơ tại quầy tiếp nhận của Trung tâm Phục vụ hành chính công tỉnh",
            "credit": "Bùi Thị Mai / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "city",
        },
        "title": {
            "vi": "Đắk Lắk đơn giản hóa thủ tục, tăng cường hỗ trợ nhà đầu tư nước ngoài",
            "en": "Dak Lak simplifies procedures and steps up support for foreign investors",
            "zh-hans": "多乐省简化行政手续，加大对外国投资者的支持力度",
            "ja": "ダクラク省、手続きを簡素化し外国投資家への支援を強化",
            "ko": "닥락성, 행정 절차 간소화로 외국인 투자자 지원 강화",
            "ru": "Даклак упрощает процедуры и расширяет поддержку иностранных инвесторов",
        },
        "standfirst": {
            "vi": "Nhà đầu tư có thể nộp hồ sơ trực tuyến, theo dõi tiến độ giải quyết và nhận hướng dẫn tại một đầu mối duy nhất, giúp tiết kiệm thời gian và chi phí.",
            "en": "Investors can submit applications online, track their progress and receive guidance through a single point of contact, saving time and costs.",
            "zh-hans": "投资者可在线提交申请、跟踪办理进度，并通过单一联系窗口获得指导，从而节省时间和成本。",
            "ja": "投資家はオンラインで申請を提出し、処理状況を確認し、一つの窓口で案内を受けることができ、時間と費用の節約につながる。",
            "ko": "투자자는 온라인으로 서류를 제출하고 처리 진행 상황을 확인하며 단일 창구에서 안내를 받을 수 있어 시간과 비용을 절약할 수 있다.",
            "ru": "Инвесторы могут подавать документы онлайн, отслеживать ход их рассмотрения и получать консультации через единое окно, что экономит время и средства.",
        },
        "hero_alt": {
            "vi": "Cán bộ hướng dẫn doanh nghiệp nộp hồ sơ tại quầy tiếp nhận của Trung tâm Phục vụ hành chính công tỉnh",
            "en": "A staff member helps a business representative submit documents at the counter of the provincial Public Administration Service Centre",
            "zh-hans": "工作人员在省行政公共服务中心窗口指导企业代表提交材料",
            "ja": "省行政公共サービスセンターの窓口で、職員が企業の担当者の書類提出を案内している",
            "ko": "성 공공행정서비스센터 접수 창구에서 직원이 기업 관계자의 서류 제출을 안내하고 있다",
            "ru": "Сотрудник помогает представителю компании подать документы в окне провинциального Центра государственных административных услуг",
        },
        "hero_caption": {
            "vi": "Nhiều thủ tục liên quan đến đầu tư và doanh nghiệp đã được cung cấp dưới dạng dịch vụ công trực tuyến.",
            "en": "Many investment and business procedures are now available as online public services.",
            "zh-hans": "许多与投资和企业相关的手续已可通过在线公共服务办理。",
            "ja": "投資や企業に関する多くの手続きが、オンライン公共サービスとして提供されている。",
            "ko": "투자 및 기업 관련 여러 절차가 온라인 공공서비스로 제공되고 있다.",
            "ru": "Многие процедуры, связанные с инвестициями и предпринимательством, теперь доступны в виде онлайн-услуг.",
        },
        "place": {
            "vi": "Buôn Ma Thuột",
            "en": "Buon Ma Thuot",
            "zh-hans": "邦美蜀",
            "ja": "バンメトート",
            "ko": "부온마투옷",
            "ru": "Буонматхуот",
        },
        "source_agency": {
            "vi": "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk",
            "en": "Dak Lak Public Administration Service Centre",
            "zh-hans": "多乐省行政公共服务中心",
            "ja": "ダクラク省行政公共サービスセンター",
            "ko": "닥락성 공공행정서비스센터",
            "ru": "Центр государственных административных услуг провинции Даклак",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Trung tâm Phục vụ hành chính công tỉnh là nơi tiếp nhận hồ sơ và trả kết quả phần lớn thủ tục hành chính của các sở, ngành theo cơ chế một cửa. "
                    "Nhà đầu tư có thể nộp hồ sơ trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
                    "en": "The provincial Public Administration Service Centre receives applications and returns results for most administrative procedures of provincial departments under a one-stop mechanism. "
                    "Investors can submit documents in person, by post or online through the National Public Service Portal.",
                    "zh-hans": "省行政公共服务中心按照“一站式”机制，受理省内各部门大部分行政手续的申请并反馈办理结果。"
                    "投资者可以现场提交材料，也可以通过邮政服务或国家公共服务门户网站在线提交。",
                    "ja": "省行政公共サービスセンターは、ワンストップ方式により、省の各部局の行政手続きの大部分について受付と結果の交付を行っている。"
                    "投資家は窓口、郵送、または国家公共サービスポータルを通じたオンラインで書類を提出できる。",
                    "ko": "성 공공행정서비스센터는 원스톱 방식으로 성 산하 각 부서 행정 절차 대부분의 서류 접수와 결과 교부를 담당한다. "
                    "투자자는 직접 방문, 우편, 또는 국가 공공서비스 포털을 통한 온라인 방식으로 서류를 제출할 수 있다.",
                    "ru": "Провинциальный Центр государственных административных услуг по принципу единого окна принимает документы и выдаёт результаты по большинству административных процедур департаментов провинции. "
                    "Инвесторы могут подать документы лично, по почте или онлайн через Национальный портал государственных услуг.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Tỉnh đã rà soát, cắt giảm giấy tờ không cần thiết và công khai quy trình, thời hạn giải quyết của từng thủ tục. "
                    "Đối với các dự án có vốn đầu tư nước ngoài, các cơ quan chuyên môn bố trí cán bộ đầu mối hướng dẫn nhà đầu tư từ khâu tìm hiểu địa điểm đến khi dự án đi vào hoạt động.",
                    "en": "The province has reviewed and cut unnecessary paperwork and publishes the process and time limit for each procedure. "
                    "For foreign-invested projects, specialised agencies assign a contact officer to guide investors from site selection until the project begins operating.",
                    "zh-hans": "本省已审查并削减不必要的材料，并公开每项手续的办理流程和时限。"
                    "对于外商投资项目，各专业机构安排专门联络人员，从选址考察到项目投入运营全程为投资者提供指导。",
                    "ja": "省は不要な書類を見直して削減し、各手続きの流れと処理期限を公開している。"
                    "外国投資プロジェクトについては、専門機関が担当窓口の職員を配置し、用地の検討からプロジェクトの稼働まで投資家を案内する。",
                    "ko": "성은 불필요한 서류를 검토해 줄이고 각 절차의 처리 과정과 기한을 공개했다. "
                    "외국인 투자 사업의 경우 전문 기관이 전담 담당자를 지정해 부지 물색 단계부터 사업 가동 시점까지 투자자를 안내한다.",
                    "ru": "Провинция пересмотрела и сократила избыточные документы и публикует порядок и сроки рассмотрения по каждой процедуре. "
                    "Для проектов с иностранным капиталом профильные ведомства назначают контактное лицо, которое сопровождает инвестора от выбора площадки до начала работы проекта.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Chúng tôi coi thành công của nhà đầu tư là thành công của tỉnh. Mọi vướng mắc đều được tiếp nhận và phản hồi trong thời gian sớm nhất.",
                        "en": "We see investors' success as the province's success. Every difficulty raised with us is received and answered as quickly as possible.",
                        "zh-hans": "我们把投资者的成功视为本省的成功。投资者反映的每一个问题都会得到受理，并尽快予以答复。",
                        "ja": "投資家の成功は省の成功だと考えています。寄せられた課題はすべて受け付け、できる限り早く回答します。",
                        "ko": "투자자의 성공이 곧 성의 성공이라고 생각합니다. 제기된 모든 애로 사항은 접수해 최대한 신속하게 답변합니다.",
                        "ru": "Мы считаем успех инвесторов успехом провинции. Каждая проблема принимается к рассмотрению, и ответ даётся в кратчайшие сроки.",
                    },
                    "attribution": {
                        "vi": "Đại diện Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk",
                        "en": "A representative of the Dak Lak Public Administration Service Centre",
                        "zh-hans": "多乐省行政公共服务中心代表",
                        "ja": "ダクラク省行政公共サービスセンターの代表者",
                        "ko": "닥락성 공공행정서비스센터 관계자",
                        "ru": "Представитель Центра государственных административных услуг провинции Даклак",
                    },
                },
            ),
            (
                "fact_box",
                {
                    "title": {
                        "vi": "Cách thức nộp hồ sơ",
                        "en": "How to submit applications",
                        "zh-hans": "申请提交方式",
                        "ja": "申請の提出方法",
                        "ko": "서류 제출 방법",
                        "ru": "Способы подачи документов",
                    },
                    "facts": [
                        {
                            "label": {"vi": "Trực tiếp", "en": "In person", "zh-hans": "现场办理", "ja": "窓口", "ko": "직접 방문", "ru": "Лично"},
                            "value": {
                                "vi": "Trung tâm Phục vụ hành chính công tỉnh",
                                "en": "Provincial Public Administration Service Centre",
                                "zh-hans": "省行政公共服务中心",
                                "ja": "省行政公共サービスセンター",
                                "ko": "성 공공행정서비스센터",
                                "ru": "Провинциальный центр административных услуг",
                            },
                        },
                        {
                            "label": {"vi": "Trực tuyến", "en": "Online", "zh-hans": "在线办理", "ja": "オンライン", "ko": "온라인", "ru": "Онлайн"},
                            "value": {
                                "vi": "Cổng Dịch vụ công quốc gia",
                                "en": "National Public Service Portal",
                                "zh-hans": "国家公共服务门户网站",
                                "ja": "国家公共サービスポータル",
                                "ko": "국가 공공서비스 포털",
                                "ru": "Национальный портал госуслуг",
                            },
                        },
                        {
                            "label": {"vi": "Bưu chính", "en": "By post", "zh-hans": "邮寄办理", "ja": "郵送", "ko": "우편", "ru": "По почте"},
                            "value": {
                                "vi": "Nộp hồ sơ và nhận kết quả qua bưu điện",
                                "en": "Submit documents and receive results by post",
                                "zh-hans": "通过邮政提交材料并领取结果",
                                "ja": "郵便で書類を提出し、結果を受け取る",
                                "ko": "우편으로 서류 제출 및 결과 수령",
                                "ru": "Подача документов и получение результата по почте",
                            },
                        },
                        {
                            "label": {
                                "vi": "Ngôn ngữ hồ sơ",
                                "en": "Language of documents",
                                "zh-hans": "材料语言",
                                "ja": "書類の言語",
                                "ko": "서류 언어",
                                "ru": "Язык документов",
                            },
                            "value": {
                                "vi": "Tiếng Việt; giấy tờ nước ngoài cần dịch và chứng thực",
                                "en": "Vietnamese; foreign documents need certified translation",
                                "zh-hans": "越南语；外文材料须经翻译并认证",
                                "ja": "ベトナム語（外国語の書類は翻訳と認証が必要）",
                                "ko": "베트남어(외국 서류는 번역 및 공증 필요)",
                                "ru": "Вьетнамский; иностранные документы — с заверенным переводом",
                            },
                        },
                    ],
                },
            ),
        ],
    },
    # 9. Overseas Vietnamese -----------------------------------------------------------------------
    {
        "slug": "overseas-vietnamese-carry-dak-lak-coffee-and-culture-abroad",
        "days_ago": 46,
        "topics": ["culture-and-people"],
        "featured": False,
        "image": {
            "key": "overseas-vietnamese-gathering",
            "title": "Gặp mặt kiều bào về thăm Đắk Lắk",
            "description": "Kiều bào và cán bộ tỉnh trò chuyện bên tách cà phê tại buổi gặp mặt ở Buôn Ma Thuột",
            "credit": "Ngô Đức Anh / Cổng thông tin điện tử tỉnh Đắk Lắk",
            "palette": "city",
        },
        "title": {
            "vi": "Kiều bào gắn bó với Đắk Lắk: nhịp cầu đưa cà phê và văn hóa quê hương ra thế giới",
            "en": "Overseas Vietnamese with ties to Dak Lak: bridges carrying the province's coffee and culture to the world",
        },
        "standfirst": {
            "vi": "Tại buổi gặp mặt người Việt Nam ở nước ngoài về thăm quê, nhiều kiều bào chia sẻ mong muốn đóng góp cho tỉnh qua thương mại, giáo dục và quảng bá du lịch.",
            "en": "At a meeting with overseas Vietnamese visiting their home province, many shared their wish to contribute to Dak Lak through trade, education and tourism promotion.",
        },
        "hero_alt": {
            "vi": "Kiều bào và cán bộ tỉnh trò chuyện bên tách cà phê tại buổi gặp mặt ở Buôn Ma Thuột",
            "en": "Overseas Vietnamese and provincial officials chatting over coffee at a gathering in Buon Ma Thuot",
        },
        "hero_caption": {
            "vi": "Buổi gặp mặt là dịp để kiều bào tìm hiểu tình hình phát triển của tỉnh và đề xuất ý tưởng hợp tác.",
            "en": "The gathering gave overseas Vietnamese a chance to learn about the province's development and propose ideas for cooperation.",
        },
        "place": {"vi": "Buôn Ma Thuột", "en": "Buon Ma Thuot"},
        "source_agency": {
            "vi": "Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk",
            "en": "Office of the Dak Lak Provincial People's Committee",
        },
        "body": [
            (
                "paragraph",
                {
                    "vi": "Nhiều người Việt Nam ở nước ngoài có gốc gác hoặc gắn bó với Đắk Lắk đang sinh sống, làm việc tại châu Âu, Bắc Mỹ, Australia và các nước châu Á. "
                    "Nhân dịp về thăm quê, các kiều bào đã tham quan một số dự án nông nghiệp công nghệ cao và cơ sở chế biến cà phê của tỉnh.",
                    "en": "Many overseas Vietnamese with roots in or ties to Dak Lak live and work in Europe, North America, Australia and other parts of Asia. "
                    "During their visit home, they toured several high-tech farming projects and coffee processing facilities in the province.",
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Một số kiều bào đang kinh doanh cà phê và nông sản Việt Nam ở nước sở tại cho biết, câu chuyện về vùng đất và con người Tây Nguyên giúp sản phẩm dễ đến gần hơn với người tiêu dùng quốc tế. "
                    "Các đại biểu cũng đề xuất mở rộng các lớp dạy tiếng Việt và chương trình giới thiệu văn hóa Việt Nam cho thế hệ trẻ sinh ra ở nước ngoài.",
                    "en": "Some overseas Vietnamese who trade Vietnamese coffee and farm produce in their host countries said that stories about the land and people of the Central Highlands help products reach international consumers. "
                    "Participants also proposed more Vietnamese-language classes and cultural programmes for young people born abroad.",
                },
            ),
            (
                "quote",
                {
                    "quote": {
                        "vi": "Dù ở đâu, hương cà phê Buôn Ma Thuột vẫn nhắc tôi nhớ về quê nhà. Tôi muốn bạn bè ở nước ngoài cũng hiểu và yêu mảnh đất này như chúng tôi.",
                        "en": "Wherever I am, the aroma of Buon Ma Thuot coffee reminds me of home. I want my friends abroad to understand and love this land as we do.",
                    },
                    "attribution": {
                        "vi": "Một kiều bào đang sinh sống tại châu Âu",
                        "en": "An overseas Vietnamese living in Europe",
                    },
                },
            ),
            (
                "paragraph",
                {
                    "vi": "Lãnh đạo tỉnh cảm ơn những đóng góp của kiều bào và cho biết tỉnh luôn sẵn sàng cung cấp thông tin, hỗ trợ thủ tục cho kiều bào muốn đầu tư, kinh doanh hoặc tham gia hoạt động thiện nguyện tại Đắk Lắk. "
                    "Thông tin dành cho kiều bào được cập nhật thường xuyên trên chuyên mục Thông tin đối ngoại của cổng thông tin điện tử tỉnh.",
                    "en": "Provincial leaders thanked overseas Vietnamese for their contributions and said the province stands ready to provide information and help with procedures for those who wish to invest, do business or take part in charitable work in Dak Lak. "
                    "Information for overseas Vietnamese is regularly updated in the International Information section of the provincial portal.",
                },
            ),
        ],
    },
]
