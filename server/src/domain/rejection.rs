//! Rejection reasons: the employer's list (or the defaults), and the rules of replacing it.

use std::collections::HashSet;

use uuid::Uuid;

use super::FieldError;
use super::member::{reason_id_pointer, reason_label_pointer};

/// One reason an application may be rejected for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Reason {
    pub id: Uuid,
    pub label: String,
}

/// The list every employer starts with. The ids are the same for every employer (they are
/// only ever read within one), so an application rejected for a default reason keeps it when
/// the employer first edits the list and keeps that entry.
pub fn defaults() -> Vec<Reason> {
    const DEFAULTS: [(u128, &str); 7] = [
        (
            0x0d3f_a1c0_0001_4000_8000_0000_0000_0001,
            "Not enough experience",
        ),
        (
            0x0d3f_a1c0_0001_4000_8000_0000_0000_0002,
            "Missing required skills",
        ),
        (
            0x0d3f_a1c0_0001_4000_8000_0000_0000_0003,
            "Salary expectations too high",
        ),
        (
            0x0d3f_a1c0_0001_4000_8000_0000_0000_0004,
            "Not available when needed",
        ),
        (
            0x0d3f_a1c0_0001_4000_8000_0000_0000_0005,
            "Another candidate was a better fit",
        ),
        (0x0d3f_a1c0_0001_4000_8000_0000_0000_0006, "Withdrew"),
        (0x0d3f_a1c0_0001_4000_8000_0000_0000_0007, "Did not respond"),
    ];
    DEFAULTS
        .iter()
        .map(|(id, label)| Reason {
            id: Uuid::from_u128(*id),
            label: (*label).to_string(),
        })
        .collect()
}

/// One entry of a replacement: an existing reason's id to keep, or none for a new reason.
#[derive(Debug, Clone)]
pub struct ReasonInput {
    pub id: Option<Uuid>,
    pub label: String,
}

/// The new list from `inputs` against the `current` one: kept ids must be current ones and
/// appear once; labels (trimmed, compared ignoring case) are unique and not blank.
pub fn replace(current: &[Reason], inputs: &[ReasonInput]) -> Result<Vec<Reason>, Vec<FieldError>> {
    let known: HashSet<Uuid> = current.iter().map(|r| r.id).collect();
    let mut ids = HashSet::new();
    let mut labels = HashSet::new();
    let mut errors = Vec::new();
    let mut out = Vec::with_capacity(inputs.len());
    for (i, input) in inputs.iter().enumerate() {
        let label = input.label.trim();
        if label.is_empty() {
            errors.push(FieldError {
                pointer: reason_label_pointer(i),
                detail: "must not be blank",
            });
        } else if !labels.insert(label.to_lowercase()) {
            errors.push(FieldError {
                pointer: reason_label_pointer(i),
                detail: "repeats another reason's label: give each reason its own",
            });
        }
        let id = match input.id {
            Some(id) if !known.contains(&id) => {
                errors.push(FieldError {
                    pointer: reason_id_pointer(i),
                    detail: "is not a reason of the current list: omit `id` to add a new reason",
                });
                id
            }
            Some(id) if !ids.insert(id) => {
                errors.push(FieldError {
                    pointer: reason_id_pointer(i),
                    detail: "appears twice: keep each reason once",
                });
                id
            }
            Some(id) => id,
            None => Uuid::now_v7(),
        };
        out.push(Reason {
            id,
            label: label.to_string(),
        });
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replacement_keeps_ids_adds_new_ones_and_refuses_strangers() {
        let current = defaults();
        let kept = current[5].id;
        let new = replace(
            &current,
            &[
                ReasonInput {
                    id: Some(kept),
                    label: " Withdrew ".into(),
                },
                ReasonInput {
                    id: None,
                    label: "Failed the tasting".into(),
                },
            ],
        )
        .unwrap();
        assert_eq!(new[0].id, kept);
        assert_eq!(new[0].label, "Withdrew");
        assert!(!current.iter().any(|r| r.id == new[1].id));

        let errors = replace(
            &current,
            &[
                ReasonInput {
                    id: Some(Uuid::now_v7()),
                    label: "A".into(),
                },
                ReasonInput {
                    id: None,
                    label: "a".into(),
                },
            ],
        )
        .unwrap_err();
        let pointers: Vec<_> = errors.iter().map(|e| e.pointer).collect();
        assert_eq!(pointers, ["/reasons/0/id", "/reasons/1/label"]);
    }
}
