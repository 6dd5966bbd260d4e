"""What departments contributed: recording submissions and counting them for the statistics.

Contract:
- `record_submission(page, user)` is called when a page enters the department leader's step. If
  `user` belongs to a department (officer first, else a department they lead), the page becomes
  that department's contribution (kept if it already was one: a page is contributed once, by the
  department that first sent it) and is waiting again; the department is returned. Otherwise
  nothing is stored and None is returned.
- `contributions(start, end, department=None)` counts, per department, the contributions first
  submitted and those first published between the dates `start` and `end` (both included, in the
  site's time zone), and those waiting now. One row per department (only `department`'s if
  given), every department even with zero, ordered by name: a ranking needs the ones that sent
  nothing too. A fixed number of queries whatever the number of departments.
"""

from datetime import datetime, time, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from .models import Contribution, ContributionState, Department, DepartmentOfficer


def department_of(user):
    """The department `user` contributes for: where they are an officer, else one they lead."""
    if not (user and user.is_authenticated):
        return None
    membership = DepartmentOfficer.objects.filter(user=user).select_related("department").first()
    if membership is not None:
        return membership.department
    return Department.objects.filter(leader=user).order_by("pk").first()


def record_submission(page, user):
    department = department_of(user)
    if department is None:
        return None
    contribution, created = Contribution.objects.get_or_create(
        page_id=page.pk, defaults={"department": department, "officer": user, "submitted_at": timezone.now()}
    )
    if not created and contribution.state != ContributionState.PUBLISHED:
        Contribution.objects.filter(pk=contribution.pk).update(state=ContributionState.PENDING)
    return contribution.department


def day_bounds(start, end):
    """Aware datetimes from the start of `start` to the end of `end`, in the current time zone."""
    zone = timezone.get_current_timezone()
    return (
        timezone.make_aware(datetime.combine(start, time.min), zone),
        timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min), zone),
    )


def contributions(start, end, department=None):
    """[{"department": Department, "submitted": int, "published": int, "pending": int}, ...]"""
    since, until = day_bounds(start, end)
    departments = Department.objects.prefetch_related("names__locale").order_by("name")
    if department is not None:
        departments = departments.filter(pk=department.pk)
    counts = {
        row["department"]: row
        for row in Contribution.objects.filter(department__in=departments)
        .values("department")
        .annotate(
            submitted=Count("pk", filter=Q(submitted_at__gte=since, submitted_at__lt=until)),
            published=Count("pk", filter=Q(published_at__gte=since, published_at__lt=until)),
            pending=Count("pk", filter=Q(state=ContributionState.PENDING)),
        )
    }
    rows = []
    for item in departments:
        found = counts.get(item.pk, {})
        rows.append({"department": item, **{key: found.get(key, 0) for key in ("submitted", "published", "pending")}})
    return rows
