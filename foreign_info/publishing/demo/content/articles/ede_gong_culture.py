"""Demo article: Ede long houses and gong culture. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
