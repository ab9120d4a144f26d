pub struct CheckInput; pub struct CheckReport; pub struct CheckedQuote; pub struct SourceSummary; pub struct Summary; pub struct VariantRow; pub fn run() {}
