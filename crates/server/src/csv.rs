//! The activity log as CSV (RFC 4180), safe to open in a spreadsheet.

use portico_api::staff::ActivityEntry;

use crate::clock::format_utc;

const HEADER: [&str; 10] = [
    "id",
    "time_utc",
    "kind",
    "account_name",
    "account_email",
    "typed_email",
    "actor_name",
    "actor_email",
    "ip",
    "detail",
];

pub fn activity(entries: &[ActivityEntry]) -> String {
    let mut out = String::with_capacity(64 + entries.len() * 160);
    push_row(&mut out, HEADER.iter().map(|h| h.to_string()));
    for e in entries {
        push_row(
            &mut out,
            [
                e.id.to_string(),
                format_utc(e.at),
                e.kind.as_str().to_string(),
                e.account_name.clone().unwrap_or_default(),
                e.account_email.clone().unwrap_or_default(),
                e.email.clone().unwrap_or_default(),
                e.actor.as_ref().map(|a| a.name.clone()).unwrap_or_default(),
                e.actor
                    .as_ref()
                    .map(|a| a.email.clone())
                    .unwrap_or_default(),
                e.ip.clone().unwrap_or_default(),
                e.detail.clone().unwrap_or_default(),
            ]
            .into_iter(),
        );
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&field(&cell));
    }
    out.push_str("\r\n");
}

/// One field: quoted when it holds a separator, quote or line break, and defused when a
/// spreadsheet would read it as a formula (names and typed emails come from anyone who
/// can reach the sign-in form).
fn field(value: &str) -> String {
    let defused = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_when_needed_and_formulas_defused() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("+1 555"), "'+1 555");
        assert_eq!(field("@sum"), "'@sum");
    }

    #[test]
    fn every_row_has_every_column() {
        let entry = ActivityEntry {
            id: 7,
            at: 0,
            kind: portico_api::activity::ActivityKind::SignInFailed,
            account_id: None,
            account_name: None,
            account_email: None,
            actor: None,
            email: Some("who,ever@example.com".into()),
            ip: Some("192.0.2.1".into()),
            user_agent: None,
            detail: None,
        };
        let csv = activity(&[entry]);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines[0].split(',').count(), HEADER.len());
        assert_eq!(
            lines[1],
            "7,1970-01-01 00:00 UTC,sign_in.failed,,,\"who,ever@example.com\",,,192.0.2.1,"
        );
    }
}
