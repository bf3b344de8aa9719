//! Who is asking: password hashing, sign-in throttling and session cookies.

pub mod api_key;
pub mod generate;
pub mod key_limit;
pub mod known_device;
pub mod password;
pub mod session;
pub mod throttle;
