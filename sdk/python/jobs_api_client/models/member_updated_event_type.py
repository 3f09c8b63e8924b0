from enum import StrEnum


class MemberUpdatedEventType(StrEnum):
    MEMBER_UPDATED = "member.updated"

    def __str__(self) -> str:
        return str(self.value)
