from enum import StrEnum


class ApplicationSource(StrEnum):
    CAREERS_PAGE = "careers_page"
    INTERNAL = "internal"
    PUBLIC = "public"
    WIDGET = "widget"

    def __str__(self) -> str:
        return str(self.value)
