//! Applications: the hiring pipeline new → screening → interview → offer → hired, with
//! rejected reachable from every stage that is not final. This is the one place that says which
//! move each stage allows.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationStatus {
    New,
    Screening,
    Interview,
    Offer,
    Hired,
    Rejected,
}

impl ApplicationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::New => "new",
            ApplicationStatus::Screening => "screening",
            ApplicationStatus::Interview => "interview",
            ApplicationStatus::Offer => "offer",
            ApplicationStatus::Hired => "hired",
            ApplicationStatus::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "new" => Some(ApplicationStatus::New),
            "screening" => Some(ApplicationStatus::Screening),
            "interview" => Some(ApplicationStatus::Interview),
            "offer" => Some(ApplicationStatus::Offer),
            "hired" => Some(ApplicationStatus::Hired),
            "rejected" => Some(ApplicationStatus::Rejected),
            _ => None,
        }
    }

    /// Hired and rejected end the pipeline.
    pub fn is_final(self) -> bool {
        matches!(self, ApplicationStatus::Hired | ApplicationStatus::Rejected)
    }
}

/// A move the current stage does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAllowed {
    pub current: ApplicationStatus,
    pub target: ApplicationStatus,
}

impl NotAllowed {
    /// The refused action, for the problem's detail ("cannot move to hired while …").
    pub fn action(self) -> &'static str {
        match self.target {
            ApplicationStatus::New => "move to new",
            ApplicationStatus::Screening => "move to screening",
            ApplicationStatus::Interview => "move to interview",
            ApplicationStatus::Offer => "move to offer",
            ApplicationStatus::Hired => "move to hired",
            ApplicationStatus::Rejected => "move to rejected",
        }
    }
}

/// Moves one stage forward, or to rejected from any stage that is not final. Skipping a stage,
/// going back, staying put and leaving a final stage are refused.
pub fn transition(
    current: ApplicationStatus,
    target: ApplicationStatus,
) -> Result<ApplicationStatus, NotAllowed> {
    use ApplicationStatus::*;
    match (current, target) {
        (New, Screening) | (Screening, Interview) | (Interview, Offer) | (Offer, Hired) => {
            Ok(target)
        }
        (from, Rejected) if !from.is_final() => Ok(Rejected),
        _ => Err(NotAllowed { current, target }),
    }
}

#[cfg(test)]
mod tests {
    use super::ApplicationStatus::*;
    use super::*;

    const ALL: [ApplicationStatus; 6] = [New, Screening, Interview, Offer, Hired, Rejected];

    #[test]
    fn names_round_trip() {
        for s in ALL {
            assert_eq!(ApplicationStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(ApplicationStatus::parse("Hired"), None);
    }

    #[test]
    fn exactly_the_pipeline_moves_are_allowed() {
        let allowed = [
            (New, Screening),
            (Screening, Interview),
            (Interview, Offer),
            (Offer, Hired),
            (New, Rejected),
            (Screening, Rejected),
            (Interview, Rejected),
            (Offer, Rejected),
        ];
        for from in ALL {
            for to in ALL {
                let expected = if allowed.contains(&(from, to)) {
                    Ok(to)
                } else {
                    Err(NotAllowed {
                        current: from,
                        target: to,
                    })
                };
                assert_eq!(transition(from, to), expected, "{from:?} → {to:?}");
            }
        }
    }

    #[test]
    fn final_stages_are_final() {
        assert!(Hired.is_final() && Rejected.is_final());
        assert!(!Offer.is_final());
        assert_eq!(
            transition(Hired, Rejected).unwrap_err().action(),
            "move to rejected"
        );
    }
}
