//! Small synchronisation helpers.

use std::sync::{Mutex, MutexGuard};

/// Locks `mutex` even if a thread panicked while holding it. For the maps and lists this
/// is used on, a panic cannot leave the data inconsistent, so carrying on beats failing
/// every later request.
pub fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}
