//! The public portal description, rendered once per change.
//!
//! `GET /api/portal` is the first request of every sign-in page, so its answer is kept
//! as ready-to-send JSON bytes: rendering Markdown and sanitising HTML happen when the text
//! changes, never per request.

use std::sync::RwLock;

use bytes::Bytes;
use portico_api::PortalInfo;

use crate::store::portal::PortalRecord;

pub struct PortalCache {
    body: RwLock<Bytes>,
    name: RwLock<String>,
    mail_from: String,
}

impl PortalCache {
    pub fn new(record: &PortalRecord, mail_from: &str) -> anyhow::Result<PortalCache> {
        Ok(PortalCache {
            body: RwLock::new(render(record, mail_from)?),
            name: RwLock::new(record.name.clone()),
            mail_from: mail_from.to_string(),
        })
    }

    /// The portal's name, as emails sign it.
    pub fn name(&self) -> String {
        self.name.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn body(&self) -> Bytes {
        self.body.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    pub fn replace(&self, record: &PortalRecord) -> anyhow::Result<()> {
        let body = render(record, &self.mail_from)?;
        *self.body.write().unwrap_or_else(|p| p.into_inner()) = body;
        *self.name.write().unwrap_or_else(|p| p.into_inner()) = record.name.clone();
        Ok(())
    }
}

fn render(record: &PortalRecord, mail_from: &str) -> anyhow::Result<Bytes> {
    let info = PortalInfo {
        name: record.name.clone(),
        login_text_html: portico_login_text::render(&record.login_text_md),
        mail_from: mail_from.to_string(),
    };
    Ok(serde_json::to_vec(&info)?.into())
}
