pub mod expected;
