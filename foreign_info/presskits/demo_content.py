"""Texts of the press-room demo (demo.py), in Vietnamese and in the languages each is translated into.

Plain data, no Django imports, in the style of foreign_info/publishing/demo/content/: every text
dict maps a language code to plain text. Figures are rounded and people, phone numbers and e-mail
addresses are invented (example.gov.vn), because this is demonstration content.
"""

PRESS_ROOM_SLUG = "phong-bao-chi"
OPEN_KIT_SLUG = "le-hoi-ca-phe-buon-ma-thuot"
EMBARGOED_KIT_SLUG = "hoi-nghi-xuc-tien-dau-tu-2027"
FESTIVAL_ARTICLE_SLUG = "buon-ma-thuot-coffee-festival-connects-growers-with-buyers"
KIT_LANGUAGES = ["en", "fr"]

PRESS_ROOM = {
    "title": {
        "vi": "Phòng báo chí",
        "en": "Press room",
        "fr": "Salle de presse",
        "zh-hans": "新闻中心",
        "ja": "プレスルーム",
        "ko": "프레스룸",
        "ru": "Пресс-центр",
        "km": "បន្ទប់សារព័ត៌មាន",
        "lo": "ຫ້ອງຂ່າວ",
    },
    "intro": {
        "vi": "Bộ tài liệu báo chí về các sự kiện của tỉnh Đắk Lắk: bài viết, ảnh có chú thích và bản quyền, video, số liệu và đầu mối liên hệ, "
        "tải về trọn gói bằng ngôn ngữ của bạn.",
        "en": "Press kits on Dak Lak province's events: articles, captioned and credited photos, video, key figures and contacts, "
        "in one download in your language.",
        "fr": "Dossiers de presse sur les événements de la province de Dak Lak : articles, photos légendées et créditées, vidéos, chiffres clés et contacts, "
        "à télécharger en un seul fichier dans votre langue.",
        "zh-hans": "多乐省各项活动的新闻资料包：文章、附有说明和版权信息的照片、视频、数据和联系人，可用您的语言一次性下载。",
        "ja": "ダクラク省の行事に関するプレスキット：記事、キャプションとクレジット付きの写真、動画、データ、問い合わせ先を、あなたの言語でまとめてダウンロードできます。",
        "ko": "닥락성 행사에 관한 보도 자료 키트: 기사, 설명과 저작권 표시가 있는 사진, 영상, 주요 수치와 연락처를 여러분의 언어로 한 번에 내려받을 수 있습니다.",
        "ru": "Пресс-киты о событиях провинции Даклак: статьи, фотографии с подписями и указанием авторов, видео, цифры и контакты — одним файлом на вашем языке.",
        "km": "កញ្ចប់ឯកសារសារព័ត៌មានអំពីព្រឹត្តិការណ៍នានារបស់ខេត្តដាក់ឡាក់៖ អត្ថបទ រូបថតដែលមានចំណងជើង និងឈ្មោះអ្នកថត វីដេអូ តួលេខ និងទំនាក់ទំនង ដែលអាចទាញយកតែម្ដងជាភាសារបស់អ្នក។",
        "lo": "ຊຸດເອກະສານຂ່າວກ່ຽວກັບບັນດາເຫດການຂອງແຂວງດັກລັກ: ບົດຄວາມ, ຮູບພາບທີ່ມີຄຳບັນຍາຍ ແລະ ຊື່ຜູ້ຖ່າຍ, ວິດີໂອ, ຕົວເລກ ແລະ ຜູ້ຕິດຕໍ່, ດາວໂຫຼດໄດ້ໃນຄັ້ງດຽວເປັນພາສາຂອງທ່ານ.",
    },
    "accreditation_intro": {
        "vi": "Phóng viên nước ngoài có thể đăng ký để nhận tài liệu còn trong thời gian cấm công bố và được hỗ trợ tác nghiệp tại tỉnh.",
        "en": "Foreign journalists can apply for accreditation to receive embargoed material and support for reporting visits to the province.",
        "fr": "Les journalistes étrangers peuvent demander une accréditation pour recevoir les documents sous embargo et être accompagnés lors de leurs "
        "reportages dans la province.",
        "zh-hans": "外国记者可申请采访认证，以获取禁发期内的资料，并在本省采访时获得协助。",
        "ja": "海外の記者は取材登録を申請すると、解禁前の資料を受け取り、省内での取材に協力を得ることができます。",
        "ko": "외국 기자는 취재 등록을 신청하면 보도 유예 중인 자료를 받고 성 내 취재 활동을 지원받을 수 있습니다.",
        "ru": "Иностранные журналисты могут подать заявку на аккредитацию, чтобы получать материалы под эмбарго и содействие во время "
        "журналистских поездок в провинцию.",
        "km": "អ្នកសារព័ត៌មានបរទេសអាចស្នើសុំការទទួលស្គាល់ ដើម្បីទទួលបានឯកសារដែលស្ថិតក្រោមការហាមផ្សាយ និងការគាំទ្រក្នុងពេលចុះយកព័ត៌មាននៅខេត្ត។",
        "lo": "ນັກຂ່າວຕ່າງປະເທດສາມາດຍື່ນຂໍການຮັບຮອງ ເພື່ອຮັບເອກະສານທີ່ຢູ່ໃນໄລຍະຫ້າມເຜີຍແຜ່ ແລະ ການຊ່ວຍເຫຼືອໃນເວລາລົງເຮັດຂ່າວຢູ່ແຂວງ.",
    },
}


def text(vi, en, fr):
    return {"vi": vi, "en": en, "fr": fr}


DEPARTMENT_AGRICULTURE = text(
    "Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk",
    "Dak Lak Department of Agriculture and Environment",
    "Département de l'agriculture et de l'environnement de Dak Lak",
)
DEPARTMENT_TRADE = text("Sở Công Thương tỉnh Đắk Lắk", "Dak Lak Department of Industry and Trade", "Département de l'industrie et du commerce de Dak Lak")
DEPARTMENT_FOREIGN_AFFAIRS = text("Sở Ngoại vụ tỉnh Đắk Lắk", "Dak Lak Department of Foreign Affairs", "Département des affaires étrangères de Dak Lak")
INVESTMENT_CENTRE = text("Trung tâm Xúc tiến đầu tư tỉnh Đắk Lắk", "Dak Lak Investment Promotion Centre", "Centre de promotion des investissements de Dak Lak")
FESTIVAL_COMMITTEE = text(
    "Ban Tổ chức Lễ hội Cà phê Buôn Ma Thuột",
    "Buon Ma Thuot Coffee Festival Organising Committee",
    "Comité d'organisation du Festival du café de Buon Ma Thuot",
)
BILLION_USD = text("tỷ USD", "billion USD", "milliards USD")

OPEN_KIT = {
    "title": text(
        "Lễ hội Cà phê Buôn Ma Thuột: tài liệu báo chí", "Buon Ma Thuot Coffee Festival: press kit", "Festival du café de Buon Ma Thuot : dossier de presse"
    ),
    "summary": text(
        "Ảnh, video, số liệu và đầu mối liên hệ của Ban Tổ chức về lễ hội cà phê lớn nhất Việt Nam, diễn ra hai năm một lần tại Buôn Ma Thuột, tỉnh Đắk Lắk.",
        "Photos, video, key figures and organising-committee contacts for Viet Nam's largest coffee festival, held every two years in Buon Ma Thuot, "
        "Dak Lak province.",
        "Photos, vidéo, chiffres clés et contacts du comité d'organisation du plus grand festival du café du Viet Nam, organisé tous les deux ans à "
        "Buon Ma Thuot, dans la province de Dak Lak.",
    ),
    "backgrounder": [
        text(
            "Lễ hội Cà phê Buôn Ma Thuột được tổ chức lần đầu năm 2005 và trở thành sự kiện văn hóa, kinh tế thường kỳ của tỉnh Đắk Lắk. Lễ hội gồm hội chợ "
            "triển lãm, hội thảo về chuỗi giá trị cà phê, trình diễn pha chế và biểu diễn cồng chiêng của đồng bào các dân tộc Tây Nguyên.",
            "First held in 2005, the Buon Ma Thuot Coffee Festival has become a regular cultural and economic event of Dak Lak province. It brings together "
            "a trade fair, seminars on the coffee value chain, brewing demonstrations and gong performances by the ethnic communities of the Central Highlands.",
            "Organisé pour la première fois en 2005, le Festival du café de Buon Ma Thuot est devenu un rendez-vous culturel et économique régulier de la "
            "province de Dak Lak. Il réunit un salon professionnel, des colloques sur la chaîne de valeur du café, des démonstrations de préparation et des "
            "spectacles de gongs des communautés ethniques des Hauts Plateaux du Centre.",
        ),
        text(
            "Đắk Lắk là địa phương có diện tích và sản lượng cà phê lớn nhất cả nước. Các số liệu trong bộ tài liệu này đã được làm tròn; "
            "đề nghị ghi rõ nguồn khi sử dụng.",
            "Dak Lak has the largest coffee-growing area and output of any province in Viet Nam. The figures in this kit are rounded; "
            "please credit the source when you use them.",
            "Dak Lak possède la plus grande superficie caféière et la plus forte production du Viet Nam. Les chiffres de ce dossier sont arrondis ; "
            "merci de citer la source lorsque vous les utilisez.",
        ),
    ],
    "document_title": text("Chương trình lễ hội", "Festival programme", "Programme du festival"),
    "document_text": "Lễ hội Cà phê Buôn Ma Thuột\n\nNgày 1: Khai mạc, hội chợ triển lãm cà phê\nNgày 2: Hội thảo chuỗi giá trị cà phê bền vững\n"
    "Ngày 3: Trình diễn pha chế, đêm cồng chiêng\nNgày 4: Tham quan vườn cà phê ở Cư M'gar\nNgày 5: Bế mạc",
    "facts": [
        (
            text("Diện tích cà phê toàn tỉnh", "Coffee-growing area in the province", "Superficie caféière de la province"),
            "210000",
            text("ha", "ha", "ha"),
            DEPARTMENT_AGRICULTURE,
            2024,
        ),
        (
            text("Sản lượng cà phê nhân", "Green coffee output", "Production de café vert"),
            "550000",
            text("tấn", "tonnes", "tonnes"),
            DEPARTMENT_AGRICULTURE,
            2024,
        ),
        (text("Kim ngạch xuất khẩu cà phê", "Coffee export value", "Valeur des exportations de café"), "1.5", BILLION_USD, DEPARTMENT_TRADE, 2024),
        (
            text("Thị trường xuất khẩu", "Export markets", "Marchés d'exportation"),
            "80",
            text("quốc gia và vùng lãnh thổ", "countries and territories", "pays et territoires"),
            DEPARTMENT_TRADE,
            2024,
        ),
        (
            text("Lượt khách dự lễ hội lần thứ 8", "Visits to the 8th festival", "Entrées au 8e festival"),
            "1.2",
            text("triệu lượt", "million visits", "millions d'entrées"),
            FESTIVAL_COMMITTEE,
            2023,
        ),
    ],
    "contacts": [
        (
            "Nguyễn Thị Thu Hằng",
            text("Phụ trách báo chí", "Press officer", "Chargée des relations avec la presse"),
            FESTIVAL_COMMITTEE,
            "+84 262 000 0101",
            "baochi.lehoicaphe@example.gov.vn",
            ["vi", "en", "fr"],
        ),
        (
            "Y Khoa Niê",
            text("Phó Chánh Văn phòng Ban Tổ chức", "Deputy head of the organising committee's office", "Chef adjoint du bureau du comité d'organisation"),
            text(
                "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk",
                "Dak Lak Department of Culture, Sports and Tourism",
                "Département de la culture, des sports et du tourisme de Dak Lak",
            ),
            "+84 262 000 0102",
            "vanphong.lehoicaphe@example.gov.vn",
            ["vi", "en"],
        ),
        (
            "Trần Minh Quân",
            text("Đầu mối hỗ trợ phóng viên nước ngoài", "Liaison for foreign journalists", "Interlocuteur des journalistes étrangers"),
            DEPARTMENT_FOREIGN_AFFAIRS,
            "+84 262 000 0103",
            "phongvien.nuocngoai@example.gov.vn",
            ["vi", "en", "fr", "zh-hans"],
        ),
    ],
}

EMBARGOED_KIT = {
    "title": text(
        "Hội nghị Xúc tiến đầu tư tỉnh Đắk Lắk 2027: thông cáo trước sự kiện",
        "Dak Lak Investment Promotion Conference 2027: advance press kit",
        "Conférence de promotion des investissements de Dak Lak 2027 : dossier de presse préalable",
    ),
    "summary": text(
        "Danh mục dự án kêu gọi đầu tư, số liệu và đầu mối liên hệ của hội nghị. Không công bố trước thời điểm hết hạn cấm công bố.",
        "The list of projects open to investors, key figures and conference contacts. Not for publication before the embargo ends.",
        "La liste des projets ouverts aux investisseurs, les chiffres clés et les contacts de la conférence. Ne pas publier avant la levée de l'embargo.",
    ),
    "backgrounder": [
        text(
            "Hội nghị do Ủy ban nhân dân tỉnh Đắk Lắk tổ chức tại Buôn Ma Thuột, dự kiến có đại diện các cơ quan ngoại giao, hiệp hội doanh nghiệp và nhà đầu tư "
            "trong và ngoài nước. Danh mục dự án tập trung vào năng lượng tái tạo, chế biến nông sản, logistics và du lịch.",
            "The conference is organised by the Dak Lak Provincial People's Committee in Buon Ma Thuot and is expected to bring together diplomatic missions, "
            "business associations and Vietnamese and foreign investors. The projects on offer focus on renewable energy, agro-processing, logistics and tourism.",
            "La conférence est organisée par le Comité populaire de la province de Dak Lak à Buon Ma Thuot ; y sont attendus des représentants de missions "
            "diplomatiques, d'associations d'entreprises et d'investisseurs vietnamiens et étrangers. Les projets proposés portent sur les énergies "
            "renouvelables, la transformation agricole, la logistique et le tourisme.",
        ),
    ],
    "facts": [
        (
            text("Dự án kêu gọi đầu tư", "Projects open to investors", "Projets ouverts aux investisseurs"),
            "45",
            text("dự án", "projects", "projets"),
            INVESTMENT_CENTRE,
            2027,
        ),
        (text("Tổng vốn đầu tư dự kiến", "Expected total investment", "Investissement total prévu"), "4.8", BILLION_USD, INVESTMENT_CENTRE, 2027),
        (
            text("Khu, cụm công nghiệp", "Industrial parks and clusters", "Zones et pôles industriels"),
            "12",
            text("khu, cụm", "parks and clusters", "zones et pôles"),
            DEPARTMENT_TRADE,
            2026,
        ),
        (
            text("Điện mặt trời và điện gió đang vận hành", "Solar and wind capacity in operation", "Capacité solaire et éolienne en service"),
            "1500",
            text("MW", "MW", "MW"),
            DEPARTMENT_TRADE,
            2026,
        ),
    ],
    "contacts": [
        (
            "Lê Hoàng Nam",
            text("Giám đốc Trung tâm", "Director of the Centre", "Directeur du Centre"),
            INVESTMENT_CENTRE,
            "+84 262 000 0201",
            "xuctiendautu@example.gov.vn",
            ["vi", "en"],
        ),
        (
            "Phạm Thị Lan Anh",
            text("Phụ trách báo chí của hội nghị", "Conference press officer", "Chargée de presse de la conférence"),
            DEPARTMENT_FOREIGN_AFFAIRS,
            "+84 262 000 0202",
            "baochi.hoinghi@example.gov.vn",
            ["vi", "en", "fr"],
        ),
    ],
}

# The embargoed kit's own article, in the format of foreign_info/publishing/demo/content.ARTICLES so
# that the publishing demo's loader creates and translates it like every other demo article.
EMBARGOED_ARTICLE = {
    "slug": "dak-lak-to-present-45-projects-at-2027-investment-conference",
    "days_ago": 0,
    "topics": ["investment"],
    "image": {
        "key": "investment-conference-hall",
        "title": "Hội trường Hội nghị Xúc tiến đầu tư tỉnh Đắk Lắk (minh họa)",
        "description": "Hội trường được chuẩn bị cho hội nghị xúc tiến đầu tư ở Buôn Ma Thuột",
        "credit": "Cổng thông tin điện tử tỉnh Đắk Lắk",
        "palette": "city",
    },
    "title": text(
        "Đắk Lắk sẽ công bố 45 dự án kêu gọi đầu tư tại hội nghị xúc tiến năm 2027",
        "Dak Lak to present 45 projects to investors at its 2027 promotion conference",
        "Dak Lak présentera 45 projets aux investisseurs lors de sa conférence de promotion de 2027",
    ),
    "standfirst": text(
        "Danh mục tập trung vào năng lượng tái tạo, chế biến nông sản, logistics và du lịch, với tổng vốn dự kiến khoảng 4,8 tỷ USD.",
        "The list focuses on renewable energy, agro-processing, logistics and tourism, with expected investment of about 4.8 billion USD.",
        "La liste porte sur les énergies renouvelables, la transformation agricole, la logistique et le tourisme, pour un investissement prévu "
        "d'environ 4,8 milliards de dollars.",
    ),
    "hero_alt": text(
        "Hội trường được chuẩn bị cho hội nghị xúc tiến đầu tư ở Buôn Ma Thuột",
        "The hall being prepared for the investment promotion conference in Buon Ma Thuot",
        "La salle préparée pour la conférence de promotion des investissements à Buon Ma Thuot",
    ),
    "hero_caption": text(
        "Hội trường hội nghị tại Buôn Ma Thuột (ảnh minh họa).",
        "The conference hall in Buon Ma Thuot (illustration).",
        "La salle de conférence à Buon Ma Thuot (illustration).",
    ),
    "place": text("Buôn Ma Thuột", "Buon Ma Thuot", "Buon Ma Thuot"),
    "source_agency": INVESTMENT_CENTRE,
    "body": [
        (
            "paragraph",
            text(
                "Tại hội nghị xúc tiến đầu tư năm 2027, Ủy ban nhân dân tỉnh Đắk Lắk sẽ công bố danh mục 45 dự án kêu gọi đầu tư, trong đó có các dự án điện "
                "mặt trời và điện gió, nhà máy chế biến cà phê và sầu riêng, trung tâm logistics dọc tuyến cao tốc và các khu du lịch sinh thái.",
                "At its 2027 investment promotion conference, the Dak Lak Provincial People's Committee will present 45 projects open to investors, among "
                "them solar and wind farms, coffee and durian processing plants, logistics centres along the expressway and eco-tourism sites.",
                "Lors de sa conférence de promotion des investissements de 2027, le Comité populaire de la province de Dak Lak présentera 45 projets ouverts "
                "aux investisseurs, parmi lesquels des centrales solaires et éoliennes, des usines de transformation du café et du durian, des centres "
                "logistiques le long de l'autoroute et des sites d'écotourisme.",
            ),
        ),
        (
            "paragraph",
            text(
                "Tỉnh cam kết rút ngắn thời gian giải quyết thủ tục và bố trí cán bộ đồng hành với từng nhà đầu tư từ khi tìm hiểu cơ hội đến khi dự án "
                "đi vào hoạt động.",
                "The province undertakes to shorten the time procedures take and to assign officials to accompany each investor from the first enquiry "
                "until the project is in operation.",
                "La province s'engage à raccourcir les délais des procédures et à désigner des agents pour accompagner chaque investisseur, des premiers "
                "contacts jusqu'à la mise en service du projet.",
            ),
        ),
        (
            "quote",
            {
                "quote": text(
                    "Chúng tôi mong các nhà đầu tư coi Đắk Lắk là ngôi nhà thứ hai của mình.",
                    "We want investors to see Dak Lak as their second home.",
                    "Nous souhaitons que les investisseurs considèrent Dak Lak comme leur seconde maison.",
                ),
                "attribution": text(
                    "Đại diện Ủy ban nhân dân tỉnh Đắk Lắk",
                    "A representative of the Dak Lak Provincial People's Committee",
                    "Un représentant du Comité populaire de la province de Dak Lak",
                ),
            },
        ),
    ],
}

PENDING_REQUEST = {
    "name": "Camille Laurent",
    "outlet": "Courrier du Mékong (démo)",
    "outlet_country": "FR",
    "nationality": "FR",
    "position": "Correspondante pour l'Asie du Sud-Est",
    "email": "camille.laurent@example.fr",
    "phone": "+33 6 00 00 00 00",
    "languages": ["fr", "en"],
    "purpose": "Reportage sur la filière du café et le Festival du café de Buon Ma Thuot ; entretiens avec des coopératives de Cư M'gar "
    "et avec le comité d'organisation.",
    "consent": True,
    "language": "fr",
}
