//! A small, strict reader of the HTML that isnad writes and that Chromium's `--dump-dom`
//! serializes: every non-void element must be closed in order (the page never relies on implied
//! end tags), attribute values are quoted, `<script>` and `<style>` hold raw text. Enough to
//! check the page's structure and query elements without a browser or an HTML5 parser.

#![allow(dead_code)]

const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

#[derive(Debug, Clone)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// All text inside the element, entities decoded.
    pub text: String,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn classes(&self) -> Vec<&str> {
        self.attr("class")
            .map(|c| c.split_whitespace().collect())
            .unwrap_or_default()
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.classes().contains(&class)
    }
}

/// Every element of the document, in document order.
#[derive(Debug)]
pub struct Dom {
    pub elements: Vec<Element>,
}

impl Dom {
    /// Parses `html`, failing on a stray or mismatched end tag, an unclosed element, or an
    /// unterminated tag.
    pub fn parse(html: &str) -> Result<Dom, String> {
        let mut elements: Vec<Element> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let mut rest = html;
        while let Some(lt) = rest.find('<') {
            push_text(&mut elements, &open, &rest[..lt]);
            rest = &rest[lt..];
            if let Some(after) = rest.strip_prefix("<!--") {
                let end = after.find("-->").ok_or("unterminated comment")?;
                rest = &after[end + 3..];
            } else if rest.starts_with("<!") {
                let end = rest.find('>').ok_or("unterminated declaration")?;
                rest = &rest[end + 1..];
            } else if let Some(after) = rest.strip_prefix("</") {
                let end = after.find('>').ok_or("unterminated end tag")?;
                let name = after[..end].trim().to_ascii_lowercase();
                let top = open.pop().ok_or(format!("stray </{name}>"))?;
                if elements[top].name != name {
                    return Err(format!("</{name}> closes <{}>", elements[top].name));
                }
                rest = &after[end + 1..];
            } else {
                let (element, self_closing, after) = start_tag(&rest[1..])?;
                let raw_text = matches!(element.name.as_str(), "script" | "style");
                let void = VOID.contains(&element.name.as_str()) || self_closing;
                let name = element.name.clone();
                elements.push(element);
                rest = after;
                if raw_text {
                    let close = format!("</{name}>");
                    let end = rest.find(&close).ok_or(format!("unterminated <{name}>"))?;
                    let last = elements.len() - 1;
                    elements[last].text.push_str(&rest[..end]);
                    rest = &rest[end + close.len()..];
                } else if !void {
                    open.push(elements.len() - 1);
                }
            }
        }
        push_text(&mut elements, &open, rest);
        match open.pop() {
            Some(i) => Err(format!("<{}> is never closed", elements[i].name)),
            None => Ok(Dom { elements }),
        }
    }

    pub fn by_id(&self, id: &str) -> Option<&Element> {
        self.elements.iter().find(|e| e.attr("id") == Some(id))
    }

    pub fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name)
    }

    pub fn with_class<'a>(&'a self, class: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.has_class(class))
    }
}

fn push_text(elements: &mut [Element], open: &[usize], raw: &str) {
    if raw.is_empty() {
        return;
    }
    let text = decode(raw);
    for &i in open {
        elements[i].text.push_str(&text);
    }
}

/// Parses a start tag after its `<`: the element, whether it ended in `/>`, and the rest.
fn start_tag(s: &str) -> Result<(Element, bool, &str), String> {
    let name_end = s
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .ok_or("unterminated start tag")?;
    let name = s[..name_end].to_ascii_lowercase();
    if name.is_empty() {
        return Err("a `<` that opens no tag".into());
    }
    let mut rest = &s[name_end..];
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("/>") {
            return Ok((element(name, attrs), true, after));
        }
        if let Some(after) = rest.strip_prefix('>') {
            return Ok((element(name, attrs), false, after));
        }
        let attr_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
            .ok_or(format!("unterminated <{name}>"))?;
        if attr_end == 0 {
            return Err(format!("bad attribute in <{name}>: {rest:.40}"));
        }
        let attr = rest[..attr_end].to_ascii_lowercase();
        rest = &rest[attr_end..];
        let value = if let Some(after) = rest.strip_prefix('=') {
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'');
            let quote = quote.ok_or(format!("unquoted value of {attr} in <{name}>"))?;
            let body = &after[1..];
            let end = body
                .find(quote)
                .ok_or(format!("unterminated value of {attr}"))?;
            rest = &body[end + 1..];
            decode(&body[..end])
        } else {
            String::new()
        };
        attrs.push((attr, value));
    }
}

fn element(name: String, attrs: Vec<(String, String)>) -> Element {
    Element {
        name,
        attrs,
        text: String::new(),
    }
}

/// Decodes the character references the two serializers use.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let entity = rest.find(';').map(|end| &rest[1..end]);
        let decoded = entity.and_then(|e| match e {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => e
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| e.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        });
        match (entity, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &rest[e.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}
