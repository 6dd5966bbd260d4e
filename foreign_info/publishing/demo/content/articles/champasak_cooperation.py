"""Demo article: Cooperation with Champasak (Laos) and the Development Triangle. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
