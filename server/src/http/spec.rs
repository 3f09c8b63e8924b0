//! The published contract, as the server serves it.

/// The published contract, served at `/v1/openapi.yaml` and `/v1/openapi.json`.
pub struct Contract {
    pub yaml: &'static str,
    pub json: serde_json::Value,
}

impl Contract {
    pub fn load() -> anyhow::Result<Self> {
        let yaml = include_str!("../../../openapi.yaml");
        let json = serde_yaml_ng::from_str(yaml)?;
        Ok(Self { yaml, json })
    }
}
