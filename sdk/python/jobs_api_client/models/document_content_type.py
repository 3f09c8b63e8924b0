from enum import StrEnum


class DocumentContentType(StrEnum):
    APPLICATIONMSWORD = "application/msword"
    APPLICATIONPDF = "application/pdf"
    APPLICATIONVND_OASIS_OPENDOCUMENT_TEXT = "application/vnd.oasis.opendocument.text"
    APPLICATIONVND_OPENXMLFORMATS_OFFICEDOCUMENT_WORDPROCESSINGML_DOCUMENT = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    TEXTPLAIN = "text/plain"

    def __str__(self) -> str:
        return str(self.value)
