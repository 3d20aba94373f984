//! The store's fixed test credentials (its database is seeded with them).

/// The store's fixed test consumer key (`ck_` + 40 hex).
pub const TEST_CONSUMER_KEY: &str = "ck_4f1c2a9e7b3d5f60812a4c6e8b0d2f4a6c8e0b1d";
/// The fixed test consumer secret (`cs_` + 40 hex).
pub const TEST_CONSUMER_SECRET: &str = "cs_9a7b5c3d1e2f4a6b8c0d9e7f5a3b1c2d4e6f8a0b";
/// The WordPress administrator's login.
pub const TEST_WP_USER: &str = "admin";
/// The administrator's application password, in WordPress's display form.
pub const TEST_WP_APP_PASSWORD: &str = "abcd EFGH ijkl MNOP qrst UVWX";
