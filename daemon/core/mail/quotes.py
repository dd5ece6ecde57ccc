"""The client's new words: quoted replies and signatures stripped, HTML turned into text.

A reply carries our own offer and earlier mail quoted below (or above) it; a keyword or a slot
in there is our text coming back, not the client's. mailparser_reply knows many clients'
quote headers; our own separator rules catch what it misses (Outlook's header blocks, Gmail's
wrapped "On ... wrote:", bottom-posting, mobile signatures). HTML-only mail is turned into text
first, with `<blockquote>` as `>`-quoting, so it strips the same way.

Pure: no I/O. Bounded, because a hostile message must cost no more than a moment.
"""

from __future__ import annotations

import contextlib
import re
from html.parser import HTMLParser
from typing import Any

MAX_TEXT = 1_000_000
MAX_REPLY_SCAN = 10_000  # the new text sits at the top; the reply parser never sees more
# The reply parser's header regexes are quadratic in line length (8,000 chars took a second);
# a line this long is no reply header, so such texts get our own separator rules only.
MAX_LIBRARY_LINE = 1_000
# Quote markers written per line: any depth reads as quoted, and 50,000 nested <blockquote>
# must not write 50,000 markers on each of 50,000 lines.
MAX_QUOTE_DEPTH = 20


# fmt: off
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
    "section", "table", "tbody", "thead", "tfoot", "tr", "ul",
})
# fmt: on
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})


class _HtmlText(HTMLParser):
    """HTML to plain text; `<blockquote>` becomes `>`-quoting so quotes strip like plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        # Whether the current line has no text yet: asked per chunk, so it must not re-join
        # the line (that made `<b>a` repeated quadratic: 600 KB took 52 s).
        self.current_blank = True
        self.current_depth = 0
        self.quote_depth = 0
        self.skip_depth = 0

    def _break(self) -> None:
        line = " ".join("".join(self.current).split())
        self.current = []
        self.current_blank = True
        if line:
            self.lines.append("> " * min(self.current_depth, MAX_QUOTE_DEPTH) + line)
        elif self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._break()
            if tag == "blockquote":
                self.quote_depth = max(0, self.quote_depth - 1)

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self.current_blank:
            self.current_depth = self.quote_depth
            self.current_blank = not data.strip()
        self.current.append(data)

    def text(self) -> str:
        self._break()
        return "\n".join(self.lines).strip()


def html_to_text(html: str) -> str:
    parser = _HtmlText()
    try:
        parser.feed(html[:MAX_TEXT])
        parser.close()
    except Exception:
        pass
    return parser.text()


_PARSER: Any = None


def warm() -> None:
    """Import and build the reply parser now: a forked worker must not be the first to import
    (it would pay the import for every message)."""
    with contextlib.suppress(Exception):  # `unquoted` copes without it
        _reply_parser()


def _reply_parser() -> Any:
    global _PARSER
    if _PARSER is None:
        from mailparser_reply import EmailReplyParser

        _PARSER = EmailReplyParser(languages=["en", "de", "fr", "es", "it", "nl"])
    return _PARSER


# A line that starts a quoted message: everything from it on is not the client's new words.
_QUOTE_HEADER = re.compile(
    r"^\s*(?:"
    r"on\b.{0,300}\bwrote\s*:"
    r"|am\b.{0,300}\bschrieb\b.{0,300}:"
    r"|le\b.{0,300}\ba [ée]crit\s*:"
    r"|el\b.{0,300}\bescribi[óo]\s*:"
    r"|il\b.{0,300}\bha scritto\s*:"
    r"|op\b.{0,300}\bschreef\b.{0,300}:"
    r"|-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|messaggio originale|oorspronkelijk bericht)\s*-{2,}"
    r"|-{2,}\s*forwarded message\s*-{2,}|begin forwarded message\s*:"
    r"|_{10,}"
    r")\s*$",
    re.IGNORECASE,
)
_HEADER_FIELD = re.compile(
    r"^\s*\**(?:from|sent|to|cc|subject|date|von|gesendet|an|betreff|datum|de|envoyé|objet"
    r"|enviado|para|asunto|da|inviato|oggetto|van|verzonden|aan|onderwerp)\**\s*:",
    re.IGNORECASE,
)
_FROM_FIELD = re.compile(r"^\s*\**(?:from|von|de|da|van)\**\s*:", re.IGNORECASE)
_SIGNATURE = re.compile(
    r"^\s*(?:--|-- |sent from my\b.*|get outlook for\b.*|von meinem .* gesendet"
    r"|gesendet von meinem\b.*|envoyé de mon\b.*|enviado desde mi\b.*|inviato da\b.*)\s*$",
    re.IGNORECASE,
)


def _quote_header_lines(lines: list[str], i: int) -> int:
    """How many lines from `i` on make up a quote header (0: none)."""
    line = lines[i]
    if _QUOTE_HEADER.match(line):
        return 1
    # Gmail wraps a long "On ... wrote:" line in two.
    starts = line.strip().lower().startswith(("on ", "am ", "le ", "el ", "il ", "op "))
    if starts and i + 1 < len(lines) and _QUOTE_HEADER.match(line + " " + lines[i + 1]):
        return 2
    # Outlook: "From:" followed closely by more header fields.
    if _FROM_FIELD.match(line):
        following = lines[i + 1 : i + 5]
        if sum(1 for f in following if _HEADER_FIELD.match(f)) >= 2:
            count = 1
            while i + count < len(lines) and _HEADER_FIELD.match(lines[i + count]):
                count += 1
            return count
    return 0


def _cut_quotes(text: str) -> str:
    lines = text.split("\n")
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.lstrip().startswith(">"):
            i += 1
            continue
        if _SIGNATURE.match(line):
            break
        header = _quote_header_lines(lines, i)
        if header:
            if any(k.strip() for k in kept):
                break
            # Bottom-posting: the quote comes first; drop its header and keep reading.
            i += header
            continue
        kept.append(line)
        i += 1
    return "\n".join(kept).strip()


def unquoted(full_text: str) -> str:
    """The client's new words: quoted replies, forwarded parts and the signature removed."""
    head = full_text[:MAX_REPLY_SCAN].replace("\r\n", "\n")
    reply: object = None
    if max(map(len, head.split("\n"))) <= MAX_LIBRARY_LINE:
        try:
            reply = _reply_parser().parse_reply(text=head)
        except Exception:
            reply = None
    if not isinstance(reply, str):
        reply = head
    return _cut_quotes(reply)
