from enum import StrEnum


class MatchExplanationSkillsMatchedItemFoundInItem(StrEnum):
    CV = "cv"
    PROFILE = "profile"

    def __str__(self) -> str:
        return str(self.value)
