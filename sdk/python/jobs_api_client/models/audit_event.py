from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_entity_type import AuditEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_changes import AuditEventChanges


T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """
    Attributes:
        id (UUID): Identifier of the event.
        occurred_at (datetime.datetime): When the change was committed.
        actor (str): The `sub` of who acted (`public` for anonymous applicants).
        action (str): What happened (the event type, e.g. `job.published`).
        entity_type (AuditEntityType): The kinds of resources the audit trail records.
        entity_id (UUID): The resource that changed.
        changed_fields (list[str]): Names of the members that changed (never their values).
        changes (AuditEventChanges | Unset): Old and new values per field; personal data is redacted.
        request_id (None | str | Unset): The request that made the change (its `X-Request-Id`).
    """

    id: UUID
    occurred_at: datetime.datetime
    actor: str
    action: str
    entity_type: AuditEntityType
    entity_id: UUID
    changed_fields: list[str]
    changes: AuditEventChanges | Unset = UNSET
    request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        action = self.action

        entity_type = self.entity_type.value

        entity_id = str(self.entity_id)

        changed_fields = self.changed_fields

        changes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.changes, Unset):
            changes = self.changes.to_dict()

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "occurred_at": occurred_at,
                "actor": actor,
                "action": action,
                "entity_type": entity_type,
                "entity_id": entity_id,
                "changed_fields": changed_fields,
            }
        )
        if changes is not UNSET:
            field_dict["changes"] = changes
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.audit_event_changes import AuditEventChanges

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        actor = d.pop("actor")

        action = d.pop("action")

        entity_type = AuditEntityType(d.pop("entity_type"))

        entity_id = UUID(d.pop("entity_id"))

        changed_fields = cast(list[str], d.pop("changed_fields"))

        _changes = d.pop("changes", UNSET)
        changes: AuditEventChanges | Unset
        if isinstance(_changes, Unset):
            changes = UNSET
        else:
            changes = AuditEventChanges.from_dict(_changes)

        def _parse_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        request_id = _parse_request_id(d.pop("request_id", UNSET))

        audit_event = cls(
            id=id,
            occurred_at=occurred_at,
            actor=actor,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            changed_fields=changed_fields,
            changes=changes,
            request_id=request_id,
        )

        audit_event.additional_properties = d
        return audit_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
