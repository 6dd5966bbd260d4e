"""Demo article: Friendship with Mondulkiri (Cambodia). Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
}
