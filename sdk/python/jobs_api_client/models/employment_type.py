from enum import StrEnum


class EmploymentType(StrEnum):
    CONTRACT = "contract"
    FULL_TIME = "full_time"
    INTERNSHIP = "internship"
    PART_TIME = "part_time"
    TEMPORARY = "temporary"
    VOLUNTEER = "volunteer"

    def __str__(self) -> str:
        return str(self.value)
