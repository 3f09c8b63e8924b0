from enum import StrEnum


class DescriptionFormat(StrEnum):
    HTML = "html"
    MARKDOWN = "markdown"
    PLAIN = "plain"

    def __str__(self) -> str:
        return str(self.value)
