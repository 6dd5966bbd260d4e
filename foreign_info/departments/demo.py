"""Demo of department contributions: two departments, an officer and a leader who log in, and one
article the officer has sent that waits for the leader's approval. Idempotent and offline."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Locale

from foreign_info.core.languages import SOURCE_LANGUAGE

from .groups import LEADERS_GROUP, OFFICERS_GROUP, ensure_workflow
from .models import Contribution, Department, DepartmentName, DepartmentOfficer

DEMO_ACCOUNTS = {
    # username: (password, group); a password of None: a department's leader who has no demo login
    "officer": ("officer-demo-2026", OFFICERS_GROUP),
    "leader": ("leader-demo-2026", LEADERS_GROUP),
    "leader-khdt": (None, LEADERS_GROUP),
}
DEPARTMENTS = [
    {
        "leader": "leader",
        "officers": ["officer"],
        "names": {
            "vi": "Sở Văn hóa, Thể thao và Du lịch",
            "en": "Department of Culture, Sports and Tourism",
            "fr": "Service de la Culture, des Sports et du Tourisme",
            "zh-hans": "文化体育旅游厅",
            "ja": "文化・スポーツ・観光局",
            "ko": "문화체육관광국",
            "ru": "Департамент культуры, спорта и туризма",
            "km": "មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍",
            "lo": "ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ",
        },
    },
    {
        "leader": "leader-khdt",
        "officers": [],
        "names": {
            "vi": "Sở Kế hoạch và Đầu tư",
            "en": "Department of Planning and Investment",
            "fr": "Service du Plan et de l'Investissement",
            "zh-hans": "计划投资厅",
            "ja": "計画投資局",
            "ko": "기획투자국",
            "ru": "Департамент планирования и инвестиций",
            "km": "មន្ទីរផែនការ និងវិនិយោគ",
            "lo": "ພະແນກແຜນການ ແລະ ການລົງທຶນ",
        },
    },
]
PENDING_ARTICLE = {
    "slug": "le-hoi-ca-phe-buon-ma-thuot-lan-thu-9",
    "title": "Lễ hội Cà phê Buôn Ma Thuột lần thứ 9 đón du khách quốc tế",
    "standfirst": "Sở Văn hóa, Thể thao và Du lịch giới thiệu chương trình lễ hội cho bạn đọc nước ngoài.",
    "body": "<p>Lễ hội có hành trình di sản cà phê, đêm cồng chiêng và hội chợ nông sản đặc trưng của Tây Nguyên.</p>",
}


def load(log):
    from foreign_info.publishing.demo.loader import SECTION_SLUG
    from foreign_info.publishing.models import ArticlePage, SectionPage

    workflow = ensure_workflow()
    users = ensure_accounts(log)
    for data in DEPARTMENTS:
        ensure_department(data, users, log)
    section = SectionPage.objects.filter(slug=SECTION_SLUG, locale__language_code=SOURCE_LANGUAGE).first()
    if section is None or ArticlePage.objects.child_of(section).filter(slug=PENDING_ARTICLE["slug"]).exists():
        return None
    officer = users["officer"]
    article = ArticlePage(
        title=PENDING_ARTICLE["title"],
        slug=PENDING_ARTICLE["slug"],
        standfirst=PENDING_ARTICLE["standfirst"],
        date=timezone.now(),
        place="Buôn Ma Thuột",
        source_agency=DEPARTMENTS[0]["names"]["vi"],
        body=[("paragraph", PENDING_ARTICLE["body"])],
        owner=officer,
        live=False,
    )
    section.add_child(instance=article)
    article.save_revision(user=officer)
    workflow.start(article, officer)
    log(f"contribution {article.slug} submitted by officer, waiting for leader ({Contribution.objects.get(page=article).get_state_display()})")
    return None


def ensure_accounts(log):
    from django.contrib.auth.models import Group

    User = get_user_model()
    users = {}
    for username, (password, group) in DEMO_ACCOUNTS.items():
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(username, f"{username}@example.gov.vn", password)
            log(f"user {username} created")
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


def ensure_department(data, users, log):
    names = data["names"]
    department = Department.objects.filter(name=names[SOURCE_LANGUAGE]).first()
    if department is not None:
        return department
    department = Department.objects.create(name=names[SOURCE_LANGUAGE], leader=users[data["leader"]])
    for code, name in names.items():
        if code != SOURCE_LANGUAGE:
            DepartmentName.objects.create(department=department, locale=Locale.objects.get(language_code=code), name=name)
    for username in data["officers"]:
        DepartmentOfficer.objects.create(department=department, user=users[username])
    log(f"department {department.name} created")
    return department
