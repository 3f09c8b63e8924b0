from enum import StrEnum


class UploadMethod(StrEnum):
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)
