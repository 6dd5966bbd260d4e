"""Demo article: Overseas Vietnamese. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
