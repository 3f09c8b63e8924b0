from enum import StrEnum


class AnalyticsSourceSource(StrEnum):
    CAREERS_PAGE = "careers_page"
    INTERNAL = "internal"
    PUBLIC_API = "public_api"
    WIDGET = "widget"

    def __str__(self) -> str:
        return str(self.value)
