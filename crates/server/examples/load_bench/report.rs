//! The printed report: one Markdown table per section, each figure beside its budget, and
//! a closing list of what is over budget. It never fails the run.

use std::fmt::Write;

#[derive(Default)]
pub struct Report {
    text: String,
    over: Vec<String>,
}

/// A budget and whether the figure meets it.
pub struct Budget<'a> {
    pub text: &'a str,
    pub met: bool,
}

pub fn budget(text: &str, met: bool) -> Option<Budget<'_>> {
    Some(Budget { text, met })
}

impl Report {
    pub fn section(&mut self, title: &str, note: &str) {
        let _ = write!(self.text, "\n### {title}\n");
        if !note.is_empty() {
            let _ = writeln!(self.text, "{note}");
        }
        let _ = write!(
            self.text,
            "\n| measure | result | budget | |\n|---|---|---|---|\n"
        );
    }

    pub fn row(&mut self, measure: &str, result: &str, budget: Option<Budget>) {
        let (limit, verdict) = match budget {
            Some(b) if b.met => (b.text.to_string(), "ok"),
            Some(b) => {
                self.over
                    .push(format!("{measure}: {result} (budget {})", b.text));
                (b.text.to_string(), "**OVER**")
            }
            None => (String::new(), ""),
        };
        let _ = writeln!(self.text, "| {measure} | {result} | {limit} | {verdict} |");
    }

    pub fn print(&self) {
        println!("{}", self.text);
        if self.over.is_empty() {
            println!("All figures with a budget are within it.");
        } else {
            println!("Over budget:");
            for line in &self.over {
                println!("- {line}");
            }
        }
    }
}
