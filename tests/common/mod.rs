pub mod browser;
pub mod dom;
pub mod expected;
