"""Demo article: Investment promotion. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
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
                "zh-hans": "会议吸引了外交机构、企业协会以及国内外投资者的代表参加。推介的领域包括可再生能源、农产品深加工、物流、生态旅游和工业园区基础设施。",
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
}
