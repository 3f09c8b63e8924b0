from enum import StrEnum


class ApplySource(StrEnum):
    CAREERS_PAGE = "careers_page"
    PUBLIC = "public"
    WIDGET = "widget"

    def __str__(self) -> str:
        return str(self.value)
