"""Demo article: Tourism: waterfalls, Lak Lake, Yok Don. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
