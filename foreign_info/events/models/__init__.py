from .pages import EventIndexPage, EventPage, EventStatus

__all__ = ["EventIndexPage", "EventPage", "EventStatus"]
