//! The verified identity of a caller: what a valid access token says about who is calling.

use uuid::Uuid;

/// A role claim. Unknown role names in a token are ignored, never mapped to one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// `employer_admin`: manages an employer's account, members and everything below.
    EmployerAdmin,
    /// `recruiter`: manages an employer's jobs and applications.
    Recruiter,
    /// `viewer`: reads an employer's jobs and applications.
    Viewer,
    /// `applicant`: a job seeker; not tied to an employer.
    Applicant,
}

impl Role {
    /// Every role, in a fixed order.
    pub const ALL: [Role; 4] = [
        Role::EmployerAdmin,
        Role::Recruiter,
        Role::Viewer,
        Role::Applicant,
    ];

    /// The role with this wire name (exact, case-sensitive), if any.
    pub fn parse(name: &str) -> Option<Role> {
        match name {
            "employer_admin" => Some(Role::EmployerAdmin),
            "recruiter" => Some(Role::Recruiter),
            "viewer" => Some(Role::Viewer),
            "applicant" => Some(Role::Applicant),
            _ => None,
        }
    }

    /// The wire name of the role, as it appears in the `roles` claim.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::EmployerAdmin => "employer_admin",
            Role::Recruiter => "recruiter",
            Role::Viewer => "viewer",
            Role::Applicant => "applicant",
        }
    }

    /// Whether the role acts on behalf of an employer (and so needs an `employer_id` claim).
    pub fn is_employer_scoped(self) -> bool {
        matches!(self, Role::EmployerAdmin | Role::Recruiter | Role::Viewer)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A caller whose token has been verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The token's `sub`: a stable identifier of the user at the identity provider.
    pub sub: String,
    /// The token's `employer_id`; always `Some` when an employer-scoped role is present.
    pub employer_id: Option<Uuid>,
    /// The known roles of the token's `roles` claim, deduplicated, in token order.
    pub roles: Vec<Role>,
    /// The token's `name` and `email` claims, when it has usable ones: what a new member record
    /// starts from (see `usecases::members`).
    pub profile: Profile,
}

/// What a token says about the person besides who they are: display name and e-mail address.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    pub name: Option<String>,
    pub email: Option<String>,
}

impl Principal {
    /// Whether the principal holds at least one of `roles`.
    pub fn has_any(&self, roles: &[Role]) -> bool {
        self.roles.iter().any(|r| roles.contains(r))
    }

    /// Whether the principal holds `role`.
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
            assert_eq!(role.to_string(), role.as_str());
        }
    }

    #[test]
    fn unknown_and_differently_cased_names_are_not_roles() {
        for name in [
            "",
            "admin",
            "Recruiter",
            "RECRUITER",
            " recruiter",
            "employer-admin",
        ] {
            assert_eq!(Role::parse(name), None, "{name:?}");
        }
    }

    #[test]
    fn employer_scoped_roles() {
        assert!(Role::EmployerAdmin.is_employer_scoped());
        assert!(Role::Recruiter.is_employer_scoped());
        assert!(Role::Viewer.is_employer_scoped());
        assert!(!Role::Applicant.is_employer_scoped());
    }

    #[test]
    fn has_any() {
        let p = Principal {
            sub: "u1".into(),
            employer_id: None,
            roles: vec![Role::Viewer],
            profile: Profile::default(),
        };
        assert!(p.has_any(&[Role::Recruiter, Role::Viewer]));
        assert!(!p.has_any(&[Role::Recruiter, Role::EmployerAdmin]));
        assert!(!p.has_any(&[]));
        assert!(p.has(Role::Viewer));
    }
}
