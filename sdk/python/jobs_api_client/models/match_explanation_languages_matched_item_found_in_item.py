from enum import StrEnum


class MatchExplanationLanguagesMatchedItemFoundInItem(StrEnum):
    CV = "cv"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
