//! What the page keeps in the browser (the notebook, the lesson draft, own articles): each one
//! versioned JSON value, `{"format": "crosscheck-…", "version": N, …}`, written and read here, so
//! that every stored thing says what it is and a value of another version or a damaged one is
//! recognised the same way, with a reason a student or teacher can read.

use serde::Serialize;

/// `value`'s fields after `format` and `version`.
pub fn write<T: Serialize>(format: &'static str, version: u64, value: &T) -> String {
    #[derive(Serialize)]
    struct Stored<'a, T> {
        format: &'static str,
        version: u64,
        #[serde(flatten)]
        value: &'a T,
    }
    serde_json::to_string(&Stored { format, version, value }).expect("a stored value serialises")
}

/// The stored JSON object, when it is one of this `format` and `version`; else why not, in
/// words ("it is damaged (not JSON: …)", "it was written by another version of Crosscheck (…)").
/// `what` names it: "notebook", "lesson draft", "article". Never fails otherwise.
pub fn read(raw: &str, format: &str, version: u64, what: &str) -> Result<serde_json::Value, String> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|e| format!("it is damaged (not JSON: {e})"))?;
    let Some(object) = value.as_object() else {
        return Err(format!("it is not a {what}"));
    };
    if object.get("format").and_then(|f| f.as_str()) != Some(format) {
        return Err(format!("it was not written by Crosscheck as a {what}"));
    }
    match object.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == version => Ok(value),
        Some(v) => Err(format!(
            "it was written by another version of Crosscheck ({what} version {v}, this page reads {version})"
        )),
        None => Err("it has no version".to_owned()),
    }
}
