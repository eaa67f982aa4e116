"""A template as a posting people can paste anywhere: plain text, Markdown and HTML.

Pure functions. Placeholders such as [Company Name] are kept as typed in all three formats.
"""
import html
import re
from dataclasses import dataclass

from macros.domain import requirements
from macros.domain.wording import PLACEHOLDER
from macros.domain.ladder import texts
from macros.render.blocks import money_range

SECTIONS = (("responsibilities", "Responsibilities"), ("must_have", "Must-have qualifications"),
            ("nice_to_have", "Nice-to-have qualifications"), ("skills", "Skills"), ("benefits", "What we offer"))
VARIABLE = {"commission": "commission", "bonus": "bonus", "commission-and-bonus": "commission and bonus",
            "incentive": "incentive pay"}
# What turns text into Markdown markup: emphasis, code, HTML, entities, tables, strikethrough; links and
# images (`](`, `][`, `]:`, `![`); web addresses that renderers link on their own (a scheme's colon, the dot
# of a domain such as evil.com); and block markers at the start of the text. Line breaks, which would start
# a new block, become spaces, as a renderer shows a line break inside a paragraph. A placeholder such as
# [Company Name] stays as typed. docs/assets/posting.js `escapeMarkdown` applies the same rules.
_BREAKS = re.compile("[ \t]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029][ \t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*")
_INLINE = re.compile(r"([\\`*_<>&|~])")
_LINK = re.compile(r"(\](?=[(\[:])|!(?=\[)|^\[)")
_WEB = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|(?<=mailto)(:)|(?<=xmpp)(:)|(?<=[^\W_])(\.)(?=[^\W\d_])")
_BLOCK = re.compile(r"^([0-9]*)([#>+=.)-])")


@dataclass(frozen=True)
class Section:
    heading: str
    bullets: tuple = ()
    paragraphs: tuple = ()


@dataclass(frozen=True)
class PostingParts:
    """The parts of a posting, in order, before any format is chosen."""
    title: str
    intro: tuple
    facts: tuple  # (label, value) pairs
    sections: tuple


def pay_line(pay) -> str:
    """'$55,000–$75,000 base salary a year, plus commission and bonus': what a posting says; the page cites it apart."""
    text = f"{money_range(pay.base)} base salary a year"
    if pay.total:
        text += f"; {money_range(pay.total)} total pay"
    if pay.variable:
        text += f"{' with' if pay.total else ', plus'} {VARIABLE[pay.variable]}"
    return text


def job_title(template, level=None) -> str:
    """The title a candidate searches for: a level template's level title, else the title without the
    site's own label in brackets ('Account Manager (short general template)' -> 'Account Manager')."""
    if level is not None and template.from_level:
        return requirements.posting_title(level)
    return re.sub(r"\s*\([^)]*\)$", "", template.title)


def _sections(template, level, site):
    """(heading, items) of every section, the same in every template: a level template's lists come from its
    level, as the composer's do; a list the template's source does not give is the posting text's fallback."""
    lists = template.sections.model_dump()
    if level is not None and template.from_level:
        lists |= {"responsibilities": texts(level.responsibilities), "must_have": requirements.required(level),
                  "nice_to_have": requirements.preferred(level),
                  "skills": texts(level.hard_skills) + texts(level.soft_skills)}
    text = site.posting_text
    fallbacks = {"nice_to_have": text.template_fallbacks.nice_to_have, "skills": text.template_fallbacks.skills,
                 "benefits": text.benefits}
    return [(label, tuple(lists[field] or fallbacks[field])) for field, label in SECTIONS]


PAY, AUTHORIZATION, APPLY, EQUAL_OPPORTUNITY = "Pay", "Work authorization", "How to apply", "Equal opportunity"
# The sections every template ends with, whatever its source gives: a posting is not complete without them.
CLOSING = (PAY, AUTHORIZATION, APPLY, EQUAL_OPPORTUNITY)


def _closing(template, site) -> list:
    """Pay (the template's figures, else a placeholder), work authorization, how to apply with the accommodation
    line, and the equal opportunity statement: the composer's default wording (data/vocab/posting-text.yml)."""
    text = site.posting_text
    pay = pay_line(template.pay) if template.pay else "[Base Salary Range] base salary a year"
    return [Section(PAY, paragraphs=(pay,)),
            Section(AUTHORIZATION, paragraphs=(next(iter(text.work_authorization.options.values())),)),
            Section(APPLY, paragraphs=(text.apply, text.accommodation)),
            Section(EQUAL_OPPORTUNITY, paragraphs=(text.equal_opportunity,))]


def posting(template, site, levels=()) -> PostingParts:
    """`levels` is the role's levels; a template that takes its lists from its level needs them."""
    arrangements = {a.id: a for a in site.arrangements.arrangements}
    level = next((lv for lv in levels if lv.id == template.level), None)
    employment = site.posting_text.employment
    facts = [("Reports to", template.reports_to or "[Reports To]")]
    facts.append((employment.label, next(iter(employment.options.values()))))
    if template.arrangement:
        arrangement = arrangements[template.arrangement]
        facts.append(("Work arrangement", f"{arrangement.label}. {arrangement.posting_line}"))
    else:
        facts.append(("Work arrangement", "[Work Arrangement]"))
    sections = [Section(label, items) for label, items in _sections(template, level, site)] + _closing(template, site)
    return PostingParts(job_title(template, level), tuple(template.intro), tuple(facts), tuple(sections))


def posting_text(post: PostingParts) -> str:
    blocks = [post.title, *post.intro]
    if post.facts:
        blocks.append("\n".join(f"{label}: {value}" for label, value in post.facts))
    for section in post.sections:
        lines = [section.heading, *section.paragraphs, *(f"• {item}" for item in section.bullets)]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def md_escape(text) -> str:
    """Text that a Markdown renderer shows exactly as written, on one line: never a link, image, heading, list,
    HTML or autolink. The one escaping of every Markdown copy (posting templates, the levels' expectations)."""
    text = _BREAKS.sub(" ", str(text)).strip(" \t")
    text = _INLINE.sub(r"\\\1", text)
    text = _LINK.sub(lambda m: "\\" + m.group(0), text)
    text = _WEB.sub(lambda m: "\\" + m.group(0), text)
    return _BLOCK.sub(r"\1\\\2", text)


def posting_markdown(post: PostingParts) -> str:
    blocks = [f"# {md_escape(post.title)}", *map(md_escape, post.intro)]
    blocks += [f"**{md_escape(label)}:** {md_escape(value)}" for label, value in post.facts]
    for section in post.sections:
        lines = [f"## {md_escape(section.heading)}", ""]
        lines += [md_escape(p) for p in section.paragraphs] + [f"- {md_escape(item)}" for item in section.bullets]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def posting_html(post: PostingParts, display: bool = False) -> str:
    """HTML of the posting. `display` is the on-page version: placeholders marked and no heading
    elements (the posting is an example inside the page, not part of its outline)."""
    def e(text):
        escaped = html.escape(str(text), quote=True)
        return PLACEHOLDER.sub(r'<mark class="rg-placeholder">\g<0></mark>', escaped) if display else escaped

    title, head = ('p class="rg-posting-title"', 'p class="rg-posting-heading"') if display else ("h2", "h3")
    parts = [f"<{title}>{e(post.title)}</{title.split()[0]}>", *(f"<p>{e(p)}</p>" for p in post.intro)]
    parts += [f"<p><strong>{e(label)}:</strong> {e(value)}</p>" for label, value in post.facts]
    for section in post.sections:
        parts.append(f"<{head}>{e(section.heading)}</{head.split()[0]}>")
        parts += [f"<p>{e(p)}</p>" for p in section.paragraphs]
        if section.bullets:
            parts.append("<ul>" + "".join(f"<li>{e(item)}</li>" for item in section.bullets) + "</ul>")
    return "\n".join(parts) + "\n"


def template_text(template, site, levels=()) -> str:
    """Plain text for applicant tracking systems: no markup, '• ' bullets, one blank line between sections."""
    return posting_text(posting(template, site, levels))


def template_markdown(template, site, levels=()) -> str:
    return posting_markdown(posting(template, site, levels))


def template_html(template, site, levels=()) -> str:
    return posting_html(posting(template, site, levels))
