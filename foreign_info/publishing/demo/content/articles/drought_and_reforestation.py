"""Demo article: Environment: drought, reforestation, sustainable coffee. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
