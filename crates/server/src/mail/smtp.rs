//! `--smtp-url`: where mail goes. `smtp://host:port` speaks plain SMTP and is only accepted
//! for loopback relays; `smtp://host:port?tls=starttls` upgrades with STARTTLS and
//! `smtps://host:port` uses TLS from the first byte. `user:password@` logs in.

use std::net::IpAddr;
use std::time::Duration;

use anyhow::{bail, Context};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, Tokio1Executor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Security {
    Plain,
    StartTls,
    ImplicitTls,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SmtpTarget {
    pub host: String,
    pub port: u16,
    pub security: Security,
    login: Option<(String, String)>,
}

impl std::fmt::Debug for SmtpTarget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpTarget")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("user", &self.login.as_ref().map(|(user, _)| user))
            .finish_non_exhaustive()
    }
}

impl SmtpTarget {
    pub fn parse(text: &str) -> anyhow::Result<SmtpTarget> {
        let url = url::Url::parse(text).context("--smtp-url is not a URL")?;
        let host = url
            .host_str()
            .context("--smtp-url needs a host")?
            .trim_matches(['[', ']'])
            .to_string();
        let mut tls_param = None;
        for (key, value) in url.query_pairs() {
            match key.as_ref() {
                "tls" => tls_param = Some(value.into_owned()),
                other => bail!("--smtp-url: unknown parameter {other:?} (only tls=starttls)"),
            }
        }
        let security = match (url.scheme(), tls_param.as_deref()) {
            ("smtps", None) => Security::ImplicitTls,
            ("smtp", Some("starttls")) => Security::StartTls,
            ("smtp", None) => Security::Plain,
            ("smtp", Some(other)) => {
                bail!("--smtp-url: tls={other} is not supported; use tls=starttls or smtps://")
            }
            ("smtps", Some(_)) => bail!("--smtp-url: smtps:// already means TLS; drop ?tls="),
            (scheme, _) => bail!("--smtp-url must start with smtp:// or smtps://, not {scheme}://"),
        };
        if security == Security::Plain && !is_loopback(&host) {
            bail!(
                "--smtp-url: plain smtp:// is only allowed to a loopback relay; use smtps:// or ?tls=starttls for {host}"
            );
        }
        let port = url.port().unwrap_or(match security {
            Security::Plain => 25,
            Security::StartTls => 587,
            Security::ImplicitTls => 465,
        });
        let login = if url.username().is_empty() {
            None
        } else {
            let decode = |s: &str| {
                percent_encoding::percent_decode_str(s)
                    .decode_utf8()
                    .map(|c| c.into_owned())
                    .context("--smtp-url: user and password must be UTF-8")
            };
            Some((
                decode(url.username())?,
                decode(url.password().unwrap_or_default())?,
            ))
        };
        Ok(SmtpTarget {
            host,
            port,
            security,
            login,
        })
    }

    pub fn transport(&self) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
        let tls = match self.security {
            Security::Plain => Tls::None,
            Security::StartTls => Tls::Required(TlsParameters::new(self.host.clone())?),
            Security::ImplicitTls => Tls::Wrapper(TlsParameters::new(self.host.clone())?),
        };
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&self.host)
            .port(self.port)
            .tls(tls)
            .timeout(Some(Duration::from_secs(30)));
        if let Some((user, password)) = &self.login {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(builder.build())
    }
}

fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<IpAddr>()
            .map(|ip| ip.is_loopback())
            .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_loopback_relays() {
        let t = SmtpTarget::parse("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((t.port, t.security), (2525, Security::Plain));
        assert!(SmtpTarget::parse("smtp://localhost").is_ok());
        assert!(SmtpTarget::parse("smtp://[::1]:25").is_ok());
    }

    #[test]
    fn plain_smtp_to_another_host_is_refused() {
        let err = SmtpTarget::parse("smtp://mail.example.com").unwrap_err();
        assert!(err.to_string().contains("starttls"));
    }

    #[test]
    fn tls_modes_and_default_ports() {
        let t = SmtpTarget::parse("smtps://mail.example.com").unwrap();
        assert_eq!((t.port, t.security), (465, Security::ImplicitTls));
        let t = SmtpTarget::parse("smtp://mail.example.com?tls=starttls").unwrap();
        assert_eq!((t.port, t.security), (587, Security::StartTls));
        assert!(SmtpTarget::parse("smtp://mail.example.com?tls=maybe").is_err());
        assert!(SmtpTarget::parse("http://mail.example.com").is_err());
    }

    #[test]
    fn credentials_are_decoded_and_never_shown() {
        let t = SmtpTarget::parse("smtps://portal%40example.com:p%40ss%3Aword@mail.example.com")
            .unwrap();
        assert_eq!(
            t.login,
            Some(("portal@example.com".into(), "p@ss:word".into()))
        );
        assert!(!format!("{t:?}").contains("p@ss"));
    }
}
