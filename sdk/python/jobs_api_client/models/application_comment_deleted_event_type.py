from enum import StrEnum


class ApplicationCommentDeletedEventType(StrEnum):
    APPLICATION_COMMENT_DELETED = "application.comment.deleted"

    def __str__(self) -> str:
        return str(self.value)
