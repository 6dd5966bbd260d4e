"""Demo article: Coffee festival. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
