from enum import StrEnum


class ApplicationCommentUpdatedEventType(StrEnum):
    APPLICATION_COMMENT_UPDATED = "application.comment.updated"

    def __str__(self) -> str:
        return str(self.value)
