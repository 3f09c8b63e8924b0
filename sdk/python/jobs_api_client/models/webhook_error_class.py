from enum import StrEnum


class WebhookErrorClass(StrEnum):
    BLOCKED_ADDRESS = "blocked_address"
    CONNECT = "connect"
    HTTP_STATUS = "http_status"
    OK = "ok"
    OTHER = "other"
    TIMEOUT = "timeout"
    TLS = "tls"

    def __str__(self) -> str:
        return str(self.value)
