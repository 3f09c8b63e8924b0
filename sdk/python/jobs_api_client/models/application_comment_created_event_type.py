from enum import StrEnum


class ApplicationCommentCreatedEventType(StrEnum):
    APPLICATION_COMMENT_CREATED = "application.comment.created"

    def __str__(self) -> str:
        return str(self.value)
