//! Extracting readable text from an HTML page.
//!
//! Tags are dropped, `<script>`, `<style>` and similar non-content elements are dropped with their
//! content, character entities are decoded (by the html5ever parser), runs of white space collapse
//! to one space, and block elements (`<p>`, `<div>`, headings, list items, table rows…) become
//! paragraph breaks (`"\n\n"`). The `<title>` becomes the document title.
//!
//! ```
//! use quarry::engine::html::html_to_text;
//! let page = html_to_text("<title>Report</title><p>One &amp; two</p><script>x()</script><p>Three</p>");
//! assert_eq!(page.text, "One & two\n\nThree");
//! assert_eq!(page.title.as_deref(), Some("Report"));
//! ```

use scraper::{Html, Node};

/// The text of an HTML page and its `<title>`, if it has a non-empty one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HtmlText {
    /// Readable text, paragraphs separated by a blank line.
    pub text: String,
    /// The trimmed `<title>`, if any.
    pub title: Option<String>,
}

/// Elements whose content is never readable text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
    "select", "button",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Converts an HTML document to text as described in the module docs.
pub fn html_to_text(html: &str) -> HtmlText {
    let document = Html::parse_document(html);
    let mut out = TextBuilder::default();
    let mut title = None;
    let mut stack = vec![(document.tree.root(), false)];
    // An explicit stack keeps deeply nested pages from overflowing the call stack.
    while let Some((node, leaving)) = stack.pop() {
        match node.value() {
            Node::Text(text) if !leaving => out.push_text(text),
            Node::Element(element) => {
                let name = element.name();
                if name == "title" && !leaving && title.is_none() {
                    let raw: String = node
                        .children()
                        .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                        .collect();
                    let trimmed = collapse_spaces(&raw);
                    if !trimmed.is_empty() {
                        title = Some(trimmed);
                    }
                }
                if name == "title" {
                    continue;
                }
                if SKIPPED.contains(&name) {
                    continue;
                }
                let is_block = BLOCKS.contains(&name);
                if is_block {
                    out.paragraph_break();
                }
                if !leaving {
                    stack.push((node, true));
                    stack.extend(node.children().rev().map(|child| (child, false)));
                }
            }
            Node::Document | Node::Fragment if !leaving => {
                stack.extend(node.children().rev().map(|child| (child, false)));
            }
            _ => {}
        }
    }
    HtmlText {
        text: out.finish(),
        title,
    }
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Accumulates text with collapsed white space and at most one blank line between paragraphs.
#[derive(Default)]
struct TextBuilder {
    text: String,
    pending_space: bool,
    pending_break: bool,
}

impl TextBuilder {
    fn push_text(&mut self, text: &str) {
        if text.starts_with(char::is_whitespace) {
            self.pending_space = true;
        }
        for (i, word) in text.split_whitespace().enumerate() {
            if i > 0 {
                self.pending_space = true;
            }
            self.push_word(word);
        }
        if text.ends_with(char::is_whitespace) {
            self.pending_space = true;
        }
    }

    fn push_word(&mut self, word: &str) {
        if !self.text.is_empty() {
            if self.pending_break {
                self.text.push_str("\n\n");
            } else if self.pending_space {
                self.text.push(' ');
            }
        }
        self.pending_break = false;
        self.pending_space = false;
        self.text.push_str(word);
    }

    fn paragraph_break(&mut self) {
        self.pending_break = true;
        self.pending_space = false;
    }

    fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_elements_keep_words_apart_only_where_the_source_had_space() {
        let page = html_to_text("<p>Over <b>20,000</b> cases; <i>un</i>authorised</p>");
        assert_eq!(page.text, "Over 20,000 cases; unauthorised");
    }

    #[test]
    fn blocks_become_paragraphs_and_entities_decode() {
        let page = html_to_text(
            "<html><head><style>p{}</style></head><body><nav><a>Home</a> <a>World</a></nav>\
             <h1>Deserters&nbsp;jailed</h1><div><p>First&#8217;s line</p><p>Second\n  line</p></div>\
             <ul><li>a</li><li>b</li></ul></body></html>",
        );
        assert_eq!(
            page.text,
            "Home World\n\nDeserters jailed\n\nFirst\u{2019}s line\n\nSecond line\n\na\n\nb"
        );
        assert_eq!(page.title, None);
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        let page = html_to_text(
            "<title> A  title </title><script>var x = '<p>not text</p>';</script>\
             <!-- hidden --><p>Kept</p><noscript>Enable JS</noscript>",
        );
        assert_eq!(page.text, "Kept");
        assert_eq!(page.title.as_deref(), Some("A title"));
    }
}
