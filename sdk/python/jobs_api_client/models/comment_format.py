from enum import StrEnum


class CommentFormat(StrEnum):
    MARKDOWN = "markdown"
    PLAIN = "plain"

    def __str__(self) -> str:
        return str(self.value)
