"""Demo article: Policy: administrative reform and investor services. Plain data in the format that demo/content/__init__.py describes."""

ARTICLE = {
    "slug": "dak-lak-simplifies-procedures-for-foreign-investors",
    "days_ago": 38,
    "topics": ["policy", "investment"],
    "featured": False,
    "image": {
        "key": "public-service-centre-counter",
        "title": "Quầy tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh",
        "description": "Cán bộ hướng dẫn doanh nghiệp nộp hồ sơ tại quầy tiếp nhận của Trung tâm Phục vụ hành chính công tỉnh",
        "credit": "Bùi Thị Mai / Cổng thông tin điện tử tỉnh Đắk Lắk",
        "palette": "city",
    },
    "title": {
        "vi": "Đắk Lắk đơn giản hóa thủ tục, tăng cường hỗ trợ nhà đầu tư nước ngoài",
        "en": "Dak Lak simplifies procedures and steps up support for foreign investors",
        "zh-hans": "多乐省简化行政手续，加大对外国投资者的支持力度",
        "ja": "ダクラク省、手続きを簡素化し外国投資家への支援を強化",
        "ko": "닥락성, 행정 절차 간소화로 외국인 투자자 지원 강화",
        "ru": "Даклак упрощает процедуры и расширяет поддержку иностранных инвесторов",
    },
    "standfirst": {
        "vi": "Nhà đầu tư có thể nộp hồ sơ trực tuyến, theo dõi tiến độ giải quyết và nhận hướng dẫn tại một đầu mối duy nhất, giúp tiết kiệm thời gian và chi phí.",
        "en": "Investors can submit applications online, track their progress and receive guidance through a single point of contact, saving time and costs.",
        "zh-hans": "投资者可在线提交申请、跟踪办理进度，并通过单一联系窗口获得指导，从而节省时间和成本。",
        "ja": "投資家はオンラインで申請を提出し、処理状況を確認し、一つの窓口で案内を受けることができ、時間と費用の節約につながる。",
        "ko": "투자자는 온라인으로 서류를 제출하고 처리 진행 상황을 확인하며 단일 창구에서 안내를 받을 수 있어 시간과 비용을 절약할 수 있다.",
        "ru": "Инвесторы могут подавать документы онлайн, отслеживать ход их рассмотрения и получать консультации через единое окно, что экономит время и средства.",
    },
    "hero_alt": {
        "vi": "Cán bộ hướng dẫn doanh nghiệp nộp hồ sơ tại quầy tiếp nhận của Trung tâm Phục vụ hành chính công tỉnh",
        "en": "A staff member helps a business representative submit documents at the counter of the provincial Public Administration Service Centre",
        "zh-hans": "工作人员在省行政公共服务中心窗口指导企业代表提交材料",
        "ja": "省行政公共サービスセンターの窓口で、職員が企業の担当者の書類提出を案内している",
        "ko": "성 공공행정서비스센터 접수 창구에서 직원이 기업 관계자의 서류 제출을 안내하고 있다",
        "ru": "Сотрудник помогает представителю компании подать документы в окне провинциального Центра государственных административных услуг",
    },
    "hero_caption": {
        "vi": "Nhiều thủ tục liên quan đến đầu tư và doanh nghiệp đã được cung cấp dưới dạng dịch vụ công trực tuyến.",
        "en": "Many investment and business procedures are now available as online public services.",
        "zh-hans": "许多与投资和企业相关的手续已可通过在线公共服务办理。",
        "ja": "投資や企業に関する多くの手続きが、オンライン公共サービスとして提供されている。",
        "ko": "투자 및 기업 관련 여러 절차가 온라인 공공서비스로 제공되고 있다.",
        "ru": "Многие процедуры, связанные с инвестициями и предпринимательством, теперь доступны в виде онлайн-услуг.",
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
        "vi": "Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk",
        "en": "Dak Lak Public Administration Service Centre",
        "zh-hans": "多乐省行政公共服务中心",
        "ja": "ダクラク省行政公共サービスセンター",
        "ko": "닥락성 공공행정서비스센터",
        "ru": "Центр государственных административных услуг провинции Даклак",
    },
    "body": [
        (
            "paragraph",
            {
                "vi": "Trung tâm Phục vụ hành chính công tỉnh là nơi tiếp nhận hồ sơ và trả kết quả phần lớn thủ tục hành chính của các sở, ngành theo cơ chế một cửa. "
                "Nhà đầu tư có thể nộp hồ sơ trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia.",
                "en": "The provincial Public Administration Service Centre receives applications and returns results for most administrative procedures of provincial departments under a one-stop mechanism. "
                "Investors can submit documents in person, by post or online through the National Public Service Portal.",
                "zh-hans": "省行政公共服务中心按照“一站式”机制，受理省内各部门大部分行政手续的申请并反馈办理结果。"
                "投资者可以现场提交材料，也可以通过邮政服务或国家公共服务门户网站在线提交。",
                "ja": "省行政公共サービスセンターは、ワンストップ方式により、省の各部局の行政手続きの大部分について受付と結果の交付を行っている。"
                "投資家は窓口、郵送、または国家公共サービスポータルを通じたオンラインで書類を提出できる。",
                "ko": "성 공공행정서비스센터는 원스톱 방식으로 성 산하 각 부서 행정 절차 대부분의 서류 접수와 결과 교부를 담당한다. "
                "투자자는 직접 방문, 우편, 또는 국가 공공서비스 포털을 통한 온라인 방식으로 서류를 제출할 수 있다.",
                "ru": "Провинциальный Центр государственных административных услуг по принципу единого окна принимает документы и выдаёт результаты по большинству административных процедур департаментов провинции. "
                "Инвесторы могут подать документы лично, по почте или онлайн через Национальный портал государственных услуг.",
            },
        ),
        (
            "paragraph",
            {
                "vi": "Tỉnh đã rà soát, cắt giảm giấy tờ không cần thiết và công khai quy trình, thời hạn giải quyết của từng thủ tục. "
                "Đối với các dự án có vốn đầu tư nước ngoài, các cơ quan chuyên môn bố trí cán bộ đầu mối hướng dẫn nhà đầu tư từ khâu tìm hiểu địa điểm đến khi dự án đi vào hoạt động.",
                "en": "The province has reviewed and cut unnecessary paperwork and publishes the process and time limit for each procedure. "
                "For foreign-invested projects, specialised agencies assign a contact officer to guide investors from site selection until the project begins operating.",
                "zh-hans": "本省已审查并削减不必要的材料，并公开每项手续的办理流程和时限。"
                "对于外商投资项目，各专业机构安排专门联络人员，从选址考察到项目投入运营全程为投资者提供指导。",
                "ja": "省は不要な書類を見直して削減し、各手続きの流れと処理期限を公開している。"
                "外国投資プロジェクトについては、専門機関が担当窓口の職員を配置し、用地の検討からプロジェクトの稼働まで投資家を案内する。",
                "ko": "성은 불필요한 서류를 검토해 줄이고 각 절차의 처리 과정과 기한을 공개했다. "
                "외국인 투자 사업의 경우 전문 기관이 전담 담당자를 지정해 부지 물색 단계부터 사업 가동 시점까지 투자자를 안내한다.",
                "ru": "Провинция пересмотрела и сократила избыточные документы и публикует порядок и сроки рассмотрения по каждой процедуре. "
                "Для проектов с иностранным капиталом профильные ведомства назначают контактное лицо, которое сопровождает инвестора от выбора площадки до начала работы проекта.",
            },
        ),
        (
            "quote",
            {
                "quote": {
                    "vi": "Chúng tôi coi thành công của nhà đầu tư là thành công của tỉnh. Mọi vướng mắc đều được tiếp nhận và phản hồi trong thời gian sớm nhất.",
                    "en": "We see investors' success as the province's success. Every difficulty raised with us is received and answered as quickly as possible.",
                    "zh-hans": "我们把投资者的成功视为本省的成功。投资者反映的每一个问题都会得到受理，并尽快予以答复。",
                    "ja": "投資家の成功は省の成功だと考えています。寄せられた課題はすべて受け付け、できる限り早く回答します。",
                    "ko": "투자자의 성공이 곧 성의 성공이라고 생각합니다. 제기된 모든 애로 사항은 접수해 최대한 신속하게 답변합니다.",
                    "ru": "Мы считаем успех инвесторов успехом провинции. Каждая проблема принимается к рассмотрению, и ответ даётся в кратчайшие сроки.",
                },
                "attribution": {
                    "vi": "Đại diện Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk",
                    "en": "A representative of the Dak Lak Public Administration Service Centre",
                    "zh-hans": "多乐省行政公共服务中心代表",
                    "ja": "ダクラク省行政公共サービスセンターの代表者",
                    "ko": "닥락성 공공행정서비스센터 관계자",
                    "ru": "Представитель Центра государственных административных услуг провинции Даклак",
                },
            },
        ),
        (
            "fact_box",
            {
                "title": {
                    "vi": "Cách thức nộp hồ sơ",
                    "en": "How to submit applications",
                    "zh-hans": "申请提交方式",
                    "ja": "申請の提出方法",
                    "ko": "서류 제출 방법",
                    "ru": "Способы подачи документов",
                },
                "facts": [
                    {
                        "label": {"vi": "Trực tiếp", "en": "In person", "zh-hans": "现场办理", "ja": "窓口", "ko": "직접 방문", "ru": "Лично"},
                        "value": {
                            "vi": "Trung tâm Phục vụ hành chính công tỉnh",
                            "en": "Provincial Public Administration Service Centre",
                            "zh-hans": "省行政公共服务中心",
                            "ja": "省行政公共サービスセンター",
                            "ko": "성 공공행정서비스센터",
                            "ru": "Провинциальный центр административных услуг",
                        },
                    },
                    {
                        "label": {"vi": "Trực tuyến", "en": "Online", "zh-hans": "在线办理", "ja": "オンライン", "ko": "온라인", "ru": "Онлайн"},
                        "value": {
                            "vi": "Cổng Dịch vụ công quốc gia",
                            "en": "National Public Service Portal",
                            "zh-hans": "国家公共服务门户网站",
                            "ja": "国家公共サービスポータル",
                            "ko": "국가 공공서비스 포털",
                            "ru": "Национальный портал госуслуг",
                        },
                    },
                    {
                        "label": {"vi": "Bưu chính", "en": "By post", "zh-hans": "邮寄办理", "ja": "郵送", "ko": "우편", "ru": "По почте"},
                        "value": {
                            "vi": "Nộp hồ sơ và nhận kết quả qua bưu điện",
                            "en": "Submit documents and receive results by post",
                            "zh-hans": "通过邮政提交材料并领取结果",
                            "ja": "郵便で書類を提出し、結果を受け取る",
                            "ko": "우편으로 서류 제출 및 결과 수령",
                            "ru": "Подача документов и получение результата по почте",
                        },
                    },
                    {
                        "label": {
                            "vi": "Ngôn ngữ hồ sơ",
                            "en": "Language of documents",
                            "zh-hans": "材料语言",
                            "ja": "書類の言語",
                            "ko": "서류 언어",
                            "ru": "Язык документов",
                        },
                        "value": {
                            "vi": "Tiếng Việt; giấy tờ nước ngoài cần dịch và chứng thực",
                            "en": "Vietnamese; foreign documents need certified translation",
                            "zh-hans": "越南语；外文材料须经翻译并认证",
                            "ja": "ベトナム語（外国語の書類は翻訳と認証が必要）",
                            "ko": "베트남어(외국 서류는 번역 및 공증 필요)",
                            "ru": "Вьетнамский; иностранные документы — с заверенным переводом",
                        },
                    },
                ],
            },
        ),
    ],
}
