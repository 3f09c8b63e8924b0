from enum import StrEnum


class MemberDeactivatedEventType(StrEnum):
    MEMBER_DEACTIVATED = "member.deactivated"

    def __str__(self) -> str:
        return str(self.value)
