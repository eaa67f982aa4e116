"""The FAQ page: questions for employers, then for job seekers, each with its answer and sources."""
from macros.domain import requirements
from macros.render.blocks import (
    anchor, cite_paragraph, former_anchors, heading, html_block, text_html, ul_html,
)
AUDIENCES = (("employers", "For employers"), ("job-seekers", "For job seekers"))


def _answer(faq, ctx) -> str:
    out = [f"<p>{former_anchors('faq', faq)}{text_html(faq.answer)}</p>"]
    if faq.derived:
        out.append(f"<p><em>How we got this: {text_html(faq.method)}</em></p>")
    out.append(cite_paragraph(ctx, faq.sources))
    if faq.education_by_level:
        out.append("<p>What this guide's postings ask for at each level:</p>")
        out.append(ul_html(f"{text_html(lv.title)}: {text_html(requirements.education_line(lv))}"
                           for lv in ctx.guide.levels.levels))
    return html_block("\n".join(out))


def faq_sections(ctx) -> str:
    out = []
    for audience, title in AUDIENCES:
        out.append(heading(2, title, anchor("faq", audience)))
        out += [heading(3, faq.question, anchor("faq", faq.id)) + _answer(faq, ctx)
                for faq in ctx.guide.faq.faqs if faq.audience == audience]
    return "\n".join(out)


BLOCKS = {"faq_sections": faq_sections}
