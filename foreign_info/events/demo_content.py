"""Texts of the events demo (demo.py): the events listing in every language of the section, and
an investment and culture week with a programme of eight sessions, in Vietnamese, English and
French. Plain data in the style of foreign_info/presskits/demo_content.py; people, phone numbers
and e-mail addresses are invented (example.gov.vn)."""

INDEX_SLUG = "su-kien"
EVENT_SLUG = "tuan-le-van-hoa-du-lich-va-xuc-tien-dau-tu-dak-lak"
EVENT_LANGUAGES = ["en", "fr"]
DAYS_AHEAD = 21  # the week opens three weeks after the first load_demo
LENGTH_DAYS = 3

INDEX = {
    "title": {
        "vi": "Sự kiện",
        "en": "Events",
        "fr": "Événements",
        "zh-hans": "活动",
        "ja": "イベント",
        "ko": "행사",
        "ru": "Мероприятия",
        "km": "ព្រឹត្តិការណ៍",
        "lo": "ງານ",
    },
    "intro": {
        "vi": "Lễ hội, tuần lễ văn hóa – du lịch và hội nghị xúc tiến đầu tư của tỉnh Đắk Lắk.",
        "en": "Festivals, culture and tourism weeks and investment conferences of Dak Lak province.",
        "fr": "Fêtes, semaines de la culture et du tourisme et conférences sur l’investissement de la province de Dak Lak.",
        "zh-hans": "多乐省的节庆、文化旅游周和投资促进会议。",
        "ja": "ダクラク省の祭り、文化・観光週間、投資促進会議。",
        "ko": "닥락성의 축제, 문화·관광 주간, 투자 유치 회의.",
        "ru": "Праздники, недели культуры и туризма и инвестиционные конференции провинции Даклак.",
        "km": "ពិធីបុណ្យ សប្ដាហ៍វប្បធម៌ និងទេសចរណ៍ និងសន្និសីទវិនិយោគរបស់ខេត្តដាក់ឡាក់។",
        "lo": "ງານບຸນ, ອາທິດວັດທະນະທຳ-ທ່ອງທ່ຽວ ແລະ ກອງປະຊຸມສົ່ງເສີມການລົງທຶນຂອງແຂວງດັກລັກ.",
    },
}

EVENT = {
    "title": {
        "vi": "Tuần lễ Văn hóa – Du lịch và Xúc tiến Đầu tư Đắk Lắk",
        "en": "Dak Lak Culture, Tourism and Investment Week",
        "fr": "Semaine de la culture, du tourisme et de l’investissement de Dak Lak",
    },
    "summary": {
        "vi": "Ba ngày cồng chiêng, cà phê và gặp gỡ nhà đầu tư ở Buôn Ma Thuột, mở đầu bằng lễ khai mạc tại Quảng trường 10 tháng 3.",
        "en": "Three days of gongs, coffee and meetings with investors in Buon Ma Thuot, opening with a ceremony on 10 March Square.",
        "fr": "Trois jours de gongs, de café et de rencontres avec les investisseurs à Buon Ma Thuot, ouverts par une cérémonie sur la place du 10-Mars.",
    },
    "hero_alt": {
        "vi": "Sân khấu lễ khai mạc trên Quảng trường 10 tháng 3",
        "en": "The opening ceremony stage on 10 March Square",
        "fr": "La scène de la cérémonie d’ouverture sur la place du 10-Mars",
    },
    "intro": {
        "vi": "Tuần lễ giới thiệu văn hóa cồng chiêng Tây Nguyên, cà phê đặc sản và các dự án kêu gọi đầu tư của tỉnh với bạn bè quốc tế.",
        "en": "The week introduces Central Highlands gong culture, speciality coffee and the province's investment projects to international guests.",
        "fr": "La semaine fait découvrir aux invités étrangers la culture des gongs des Hauts Plateaux, le café de spécialité et les projets d’investissement de la province.",
    },
    "clip_caption": {
        "vi": "Cồng chiêng trong đêm hội năm trước",
        "en": "Gongs at last year's festival night",
        "fr": "Les gongs lors de la soirée de fête de l’an dernier",
    },
}

# (name, address, latitude, longitude); addresses stay in Vietnamese, as on the street signs.
VENUES = [
    (
        {"vi": "Quảng trường 10 tháng 3", "en": "10 March Square", "fr": "Place du 10-Mars"},
        "Đường Lê Duẩn, phường Tân Tiến, TP. Buôn Ma Thuột, Đắk Lắk",
        "12.679600",
        "108.044600",
    ),
    (
        {"vi": "Trung tâm Hội nghị tỉnh Đắk Lắk", "en": "Dak Lak Provincial Convention Centre", "fr": "Centre de conférences de la province de Dak Lak"},
        "Đường 10 tháng 3, TP. Buôn Ma Thuột, Đắk Lắk",
        "12.682600",
        "108.039800",
    ),
]

# (day offset, start, end, kind, title, place, description)
SESSIONS = [
    (
        0,
        "08:00",
        "09:30",
        "ceremony",
        {"vi": "Lễ khai mạc Tuần lễ", "en": "Opening ceremony", "fr": "Cérémonie d’ouverture"},
        {"vi": "Quảng trường 10 tháng 3", "en": "10 March Square", "fr": "Place du 10-Mars"},
        {
            "vi": "Trình diễn cồng chiêng và phát biểu khai mạc của lãnh đạo tỉnh.",
            "en": "Gong performance and opening address by the provincial leaders.",
            "fr": "Démonstration de gongs et discours d’ouverture des dirigeants de la province.",
        },
    ),
    (
        0,
        "09:30",
        "11:30",
        "main",
        {
            "vi": "Hội nghị Xúc tiến Đầu tư Đắk Lắk",
            "en": "Dak Lak Investment Promotion Conference",
            "fr": "Conférence de promotion des investissements de Dak Lak",
        },
        {"vi": "Trung tâm Hội nghị tỉnh", "en": "Provincial Convention Centre", "fr": "Centre de conférences de la province"},
        {
            "vi": "Giới thiệu các dự án kêu gọi đầu tư về nông nghiệp công nghệ cao, năng lượng tái tạo và du lịch.",
            "en": "Presentation of projects open to investment in high-tech farming, renewable energy and tourism.",
            "fr": "Présentation des projets ouverts à l’investissement dans l’agriculture de haute technologie, les énergies renouvelables et le tourisme.",
        },
    ),
    (
        0,
        "14:00",
        "17:00",
        "exhibition",
        {
            "vi": "Triển lãm sản phẩm OCOP và cà phê đặc sản",
            "en": "OCOP products and speciality coffee fair",
            "fr": "Exposition de produits OCOP et de cafés de spécialité",
        },
        {"vi": "Bảo tàng Thế giới Cà phê", "en": "World Coffee Museum", "fr": "Musée mondial du café"},
        {
            "vi": "Các hợp tác xã giới thiệu sản phẩm đạt chuẩn OCOP.",
            "en": "Cooperatives show their OCOP-certified products.",
            "fr": "Les coopératives présentent leurs produits certifiés OCOP.",
        },
    ),
    (
        1,
        "07:00",
        "10:00",
        "sport",
        {"vi": "Đua thuyền độc mộc trên hồ Lắk", "en": "Dugout canoe race on Lak Lake", "fr": "Course de pirogues sur le lac Lak"},
        {"vi": "Hồ Lắk, huyện Lắk", "en": "Lak Lake, Lak district", "fr": "Lac Lak, district de Lak"},
        {
            "vi": "Các đội của buôn làng M'nông thi tài.",
            "en": "Teams from M'nong villages compete.",
            "fr": "Des équipes des villages m’nong s’affrontent.",
        },
    ),
    (
        1,
        "08:30",
        "11:30",
        "side",
        {"vi": "Khảo sát vùng cà phê Cư M'gar", "en": "Visit to the Cu M'gar coffee area", "fr": "Visite de la zone caféière de Cu M’gar"},
        {"vi": "Huyện Cư M'gar", "en": "Cu M'gar district", "fr": "District de Cu M’gar"},
        {
            "vi": "Đoàn doanh nghiệp tham quan vườn cà phê và nhà máy chế biến.",
            "en": "Business delegations visit coffee gardens and a processing plant.",
            "fr": "Les délégations d’entreprises visitent des plantations et une usine de transformation.",
        },
    ),
    (
        1,
        "19:00",
        "21:30",
        "main",
        {"vi": "Đêm hội Cồng chiêng Tây Nguyên", "en": "Central Highlands gong night", "fr": "Nuit des gongs des Hauts Plateaux"},
        {"vi": "Quảng trường 10 tháng 3", "en": "10 March Square", "fr": "Place du 10-Mars"},
        {
            "vi": "Các đội cồng chiêng của năm tỉnh Tây Nguyên biểu diễn.",
            "en": "Gong ensembles from the five Central Highlands provinces perform.",
            "fr": "Des ensembles de gongs des cinq provinces des Hauts Plateaux se produisent.",
        },
    ),
    (
        2,
        "08:00",
        "11:00",
        "side",
        {
            "vi": "Tọa đàm hợp tác du lịch với Campuchia và Lào",
            "en": "Tourism cooperation forum with Cambodia and Laos",
            "fr": "Forum de coopération touristique avec le Cambodge et le Laos",
        },
        {"vi": "Trung tâm Hội nghị tỉnh", "en": "Provincial Convention Centre", "fr": "Centre de conférences de la province"},
        {
            "vi": "Doanh nghiệp lữ hành ba nước bàn về các tuyến du lịch qua cửa khẩu.",
            "en": "Tour operators from the three countries discuss routes across the border gates.",
            "fr": "Les voyagistes des trois pays discutent des itinéraires passant par les postes frontières.",
        },
    ),
    (
        2,
        "16:00",
        "17:30",
        "ceremony",
        {"vi": "Lễ bế mạc và trao giải", "en": "Closing and award ceremony", "fr": "Cérémonie de clôture et remise des prix"},
        {"vi": "Quảng trường 10 tháng 3", "en": "10 March Square", "fr": "Place du 10-Mars"},
        {
            "vi": "Tổng kết Tuần lễ và trao giải đua thuyền.",
            "en": "Review of the week and canoe race awards.",
            "fr": "Bilan de la semaine et remise des prix de la course de pirogues.",
        },
    ),
]

# (name, role, website)
ORGANISERS = [
    (
        {"vi": "Ủy ban nhân dân tỉnh Đắk Lắk", "en": "Dak Lak Provincial People's Committee", "fr": "Comité populaire de la province de Dak Lak"},
        {"vi": "Đơn vị tổ chức", "en": "Organiser", "fr": "Organisateur"},
        "https://daklak.gov.vn/",
    ),
    (
        {"vi": "Sở Văn hóa, Thể thao và Du lịch", "en": "Department of Culture, Sports and Tourism", "fr": "Service de la culture, des sports et du tourisme"},
        {"vi": "Đơn vị thực hiện", "en": "Co-organiser", "fr": "Co-organisateur"},
        "",
    ),
]

# (name, role, organisation, phone, e-mail, languages spoken)
CONTACTS = [
    (
        "Trần Thị Mai",
        {"vi": "Trưởng tiểu ban báo chí", "en": "Head of the press sub-committee", "fr": "Responsable de la sous-commission presse"},
        {"vi": "Sở Văn hóa, Thể thao và Du lịch", "en": "Department of Culture, Sports and Tourism", "fr": "Service de la culture, des sports et du tourisme"},
        "+84 262 3812 345",
        "mai.tt@example.gov.vn",
        ["vi", "en"],
    ),
    (
        "Lê Văn Hùng",
        {"vi": "Tiểu ban xúc tiến đầu tư", "en": "Investment promotion sub-committee", "fr": "Sous-commission de promotion des investissements"},
        {"vi": "Trung tâm Xúc tiến Đầu tư tỉnh", "en": "Provincial Investment Promotion Centre", "fr": "Centre provincial de promotion des investissements"},
        "+84 262 3956 789",
        "hung.lv@example.gov.vn",
        ["vi", "fr"],
    ),
]

HERO_IMAGE = {"title": "Demo: Quảng trường 10 tháng 3", "key": "event-square", "description": EVENT["hero_alt"]["vi"], "credit": "Sở VHTTDL Đắk Lắk (demo)"}
