//! API tests: each starts the real server on 127.0.0.1:0 with a fresh database.

mod account;
mod automations;
mod bad_input;
mod branding;
mod cli;
mod copy_data;
mod headers;
mod helpers;
mod human_check;
mod instances;
mod languages;
mod limits;
mod mmdb;
mod openapi;
mod password_reset;
mod portal;
mod proxy;
mod receiver;
mod restart;
mod session;
mod settings;
mod setup;
mod smtp;
mod staff;
mod throttle;
mod webhooks;
