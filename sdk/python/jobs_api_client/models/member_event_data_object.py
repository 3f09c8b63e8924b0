from enum import StrEnum


class MemberEventDataObject(StrEnum):
    MEMBER = "member"

    def __str__(self) -> str:
        return str(self.value)
