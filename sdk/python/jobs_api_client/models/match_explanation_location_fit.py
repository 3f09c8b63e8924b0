from enum import StrEnum


class MatchExplanationLocationFit(StrEnum):
    MENTIONED = "mentioned"
    NOT_ASKED = "not_asked"
    NOT_MENTIONED = "not_mentioned"
    REMOTE = "remote"

    def __str__(self) -> str:
        return str(self.value)
